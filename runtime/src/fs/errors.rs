//! File errors as node reports them: an `io::Error` becomes the `code`
//! (`ENOENT`), the negative `errno` (-2, as libuv numbers it on Linux), the
//! `syscall` that failed and the paths involved, so the JavaScript side can
//! build node's error object with the message
//! `ENOENT: no such file or directory, open 'x'`.

use std::io;

/// What went wrong in one file system call, ready to become a JavaScript error.
#[derive(Debug, Clone)]
pub(crate) struct FsError {
    /// libuv's error number: the negated `errno` (ENOENT is -2).
    pub errno: i32,
    /// The symbolic name (`ENOENT`), or `UNKNOWN`.
    pub code: &'static str,
    /// libuv's description (`no such file or directory`).
    pub description: String,
    /// The system call node names (`open`, `scandir`, `copyfile`…).
    pub syscall: &'static str,
    /// The path the call was about, if node reports one.
    pub path: Option<String>,
    /// The second path of `rename`/`copyfile`.
    pub dest: Option<String>,
}

impl FsError {
    /// An error from `syscall` on `path`.
    pub fn new(e: &io::Error, syscall: &'static str, path: Option<&str>) -> FsError {
        let raw = e.raw_os_error().unwrap_or(0);
        let (code, description) = match describe(raw) {
            Some(pair) => (pair.0, pair.1.to_string()),
            None => ("UNKNOWN", e.to_string().to_lowercase()),
        };
        FsError {
            errno: -raw,
            code,
            description,
            syscall,
            path: path.map(str::to_string),
            dest: None,
        }
    }

    /// An error from a call that names two paths (`rename 'a' -> 'b'`).
    pub fn with_dest(mut self, dest: &str) -> FsError {
        self.dest = Some(dest.to_string());
        self
    }

    /// An error for a known errno without an `io::Error` behind it.
    pub fn from_errno(raw: i32, syscall: &'static str, path: &str) -> FsError {
        FsError::new(&io::Error::from_raw_os_error(raw), syscall, Some(path))
    }

    /// node's message: `CODE: description, syscall 'path' -> 'dest'`.
    pub fn message(&self) -> String {
        let mut m = format!("{}: {}, {}", self.code, self.description, self.syscall);
        if let Some(p) = &self.path {
            m.push_str(&format!(" '{p}'"));
        }
        if let Some(d) = &self.dest {
            m.push_str(&format!(" -> '{d}'"));
        }
        m
    }
}

/// Linux errno numbers with libuv's names and descriptions (`uv_strerror`).
pub(crate) const ENOENT: i32 = 2;
pub(crate) const EBADF: i32 = 9;
pub(crate) const EEXIST: i32 = 17;
pub(crate) const EACCES: i32 = 13;
pub(crate) const EINVAL: i32 = 22;

fn describe(raw: i32) -> Option<(&'static str, &'static str)> {
    Some(match raw {
        1 => ("EPERM", "operation not permitted"),
        2 => ("ENOENT", "no such file or directory"),
        5 => ("EIO", "i/o error"),
        9 => ("EBADF", "bad file descriptor"),
        11 => ("EAGAIN", "resource temporarily unavailable"),
        13 => ("EACCES", "permission denied"),
        16 => ("EBUSY", "resource busy or locked"),
        17 => ("EEXIST", "file already exists"),
        18 => ("EXDEV", "cross-device link not permitted"),
        20 => ("ENOTDIR", "not a directory"),
        21 => ("EISDIR", "illegal operation on a directory"),
        22 => ("EINVAL", "invalid argument"),
        23 => ("ENFILE", "file table overflow"),
        24 => ("EMFILE", "too many open files"),
        26 => ("ETXTBSY", "text file is busy"),
        27 => ("EFBIG", "file too large"),
        28 => ("ENOSPC", "no space left on device"),
        30 => ("EROFS", "read-only file system"),
        31 => ("EMLINK", "too many links"),
        36 => ("ENAMETOOLONG", "name too long"),
        39 => ("ENOTEMPTY", "directory not empty"),
        40 => ("ELOOP", "too many symbolic links encountered"),
        _ => return None,
    })
}
