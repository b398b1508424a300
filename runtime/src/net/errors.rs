//! Socket errors as libuv names them: an `io::Error` becomes a negative errno
//! (`-111`), which `net.js` turns into node's error object with `code`
//! (`ECONNREFUSED`), `errno`, `syscall` and the address, and the message node
//! prints (`connect ECONNREFUSED 127.0.0.1:1`). The names and descriptions are
//! libuv's (`uv_err_name`, `uv_strerror`) for Linux errno numbers.

use std::io;

/// The negative errno of an I/O error, as libuv reports failures (`UV_E*`).
/// An error without an OS code counts as `EINVAL`.
pub(crate) fn uv_errno(e: &io::Error) -> i32 {
    match e.raw_os_error() {
        Some(raw) => -raw,
        None => -EINVAL,
    }
}

pub(crate) const EINVAL: i32 = 22;
pub(crate) const ENOTCONN: i32 = 107;
pub(crate) const EBADF: i32 = 9;
pub(crate) const EINPROGRESS: i32 = 115;

/// libuv's name and description of a (positive) errno.
pub(crate) fn describe(raw: i32) -> Option<(&'static str, &'static str)> {
    Some(match raw {
        1 => ("EPERM", "operation not permitted"),
        2 => ("ENOENT", "no such file or directory"),
        4 => ("EINTR", "interrupted system call"),
        5 => ("EIO", "i/o error"),
        9 => ("EBADF", "bad file descriptor"),
        11 => ("EAGAIN", "resource temporarily unavailable"),
        12 => ("ENOMEM", "not enough memory"),
        13 => ("EACCES", "permission denied"),
        22 => ("EINVAL", "invalid argument"),
        23 => ("ENFILE", "file table overflow"),
        24 => ("EMFILE", "too many open files"),
        32 => ("EPIPE", "broken pipe"),
        97 => ("EAFNOSUPPORT", "address family not supported"),
        98 => ("EADDRINUSE", "address already in use"),
        99 => ("EADDRNOTAVAIL", "address not available"),
        100 => ("ENETDOWN", "network is down"),
        101 => ("ENETUNREACH", "network is unreachable"),
        103 => ("ECONNABORTED", "software caused connection abort"),
        104 => ("ECONNRESET", "connection reset by peer"),
        105 => ("ENOBUFS", "no buffer space available"),
        106 => ("EISCONN", "socket is already connected"),
        107 => ("ENOTCONN", "socket is not connected"),
        110 => ("ETIMEDOUT", "connection timed out"),
        111 => ("ECONNREFUSED", "connection refused"),
        113 => ("EHOSTUNREACH", "host is unreachable"),
        114 => ("EALREADY", "connection already in progress"),
        _ => return None,
    })
}
