//! The one read that skips zeroing: a socket read into a `Vec`'s spare
//! capacity. Safe Rust can only read into initialised bytes, which for a
//! 64 KiB chunk handed to JavaScript means a 64 KiB memset (or a copy out of
//! a shared buffer) per read; `read(2)` writes the bytes itself, so the
//! memory need not be initialised first. With `reset.rs` (one `setsockopt`),
//! this is the crate's only `unsafe`.

use std::io;
use std::os::fd::AsRawFd;

/// Reads at most `max` bytes from `socket` onto the end of `buf`, and
/// returns how many arrived.
pub(super) fn read_spare(
    socket: &impl AsRawFd,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<usize> {
    buf.reserve(max);
    let spare = buf.spare_capacity_mut();
    let len = max.min(spare.len());
    // SAFETY: `spare` is `len` or more bytes of writable memory owned by
    // `buf`, and read(2) writes at most `len` bytes into it. The fd is open
    // for as long as `socket` is borrowed.
    let n = unsafe { libc::read(socket.as_raw_fd(), spare.as_mut_ptr().cast(), len) };
    let n = usize::try_from(n).map_err(|_| io::Error::last_os_error())?;
    // SAFETY: read(2) initialised the first `n` (≤ `len`) spare bytes.
    unsafe { buf.set_len(buf.len() + n) };
    Ok(n)
}
