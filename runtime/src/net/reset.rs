//! Closing a connection with a reset, for `socket.resetAndDestroy()` (libuv's
//! `uv_tcp_close_reset`): a linger time of zero makes `close(2)` discard
//! unsent bytes and send an RST instead of a FIN, so the peer's next read
//! fails with `ECONNRESET` rather than seeing a clean end of stream. Neither
//! `std` (stable) nor `mio` can set `SO_LINGER`, hence the one `setsockopt`.

use std::os::fd::AsRawFd;

/// Sets `SO_LINGER` to zero seconds on `socket`, so closing it resets the
/// connection. Failure (a socket already shut) leaves an ordinary close.
pub(super) fn linger_zero(socket: &impl AsRawFd) {
    let linger = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    let len = std::mem::size_of::<libc::linger>() as libc::socklen_t;
    // SAFETY: the descriptor is open (the socket owns it) and `linger` is a
    // valid `struct linger` of `len` bytes that outlives the call.
    unsafe {
        libc::setsockopt(
            socket.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            std::ptr::addr_of!(linger).cast(),
            len,
        );
    }
}
