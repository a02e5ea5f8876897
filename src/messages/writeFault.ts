// Why a write failed, in words, with the system's code: one gloss for every message about a failed write.

/** Why a write failed, in Chinese. */
export function writeFaultZh(code: string): string {
  return `${
    code === "ENOSPC" || code === "EDQUOT"
      ? "磁盘已满"
      : code === "EROFS"
        ? "所在位置只读（例如只读的 U 盘或网络盘）"
        : code === "EACCES" || code === "EPERM"
          ? "没有写入权限"
          : code === "ENOENT" || code === "ENOTDIR"
            ? "所在目录不存在"
            : code === "EFBIG"
              ? "文件超过系统允许的大小"
              : "磁盘读写出错"
  }（${code}）`;
}

/** Why a write failed, in English. */
export function writeFaultEn(code: string): string {
  return `${
    code === "ENOSPC" || code === "EDQUOT"
      ? "the disk is full"
      : code === "EROFS"
        ? "the place is read-only (a read-only USB stick or network drive, say)"
        : code === "EACCES" || code === "EPERM"
          ? "no permission to write there"
          : code === "ENOENT" || code === "ENOTDIR"
            ? "the directory does not exist"
            : code === "EFBIG"
              ? "the file is larger than the system allows"
              : "the disk failed"
  } (${code})`;
}
