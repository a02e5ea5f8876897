import type { Message } from "../../messages/index.js";

/**
 * The input cannot be read on from here: a broken quote, bytes in another encoding, a file that changed while
 * read. `line` is where; the records before it were read. The command says it with what was kept.
 */
export class InputFault extends Error {
  constructor(
    readonly says: Message,
    readonly line?: number,
  ) {
    super(says.code);
    this.name = "InputFault";
  }
}
