#!/usr/bin/env node
import "../dist/bin/butie.js";
