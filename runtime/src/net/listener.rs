//! Listening sockets: `listen` binds and registers a `mio` listener, and each
//! [`super::Work::Accept`] accepts one connection, registers it as a stream and
//! hands it to net.js's `Server`. A failed accept (`EMFILE` when the process is
//! out of file descriptors) becomes an `error` event on the server, never a
//! crash; the pending connection stays in the backlog until a later attempt.

use std::io;
use std::net::{IpAddr, Ipv6Addr, SocketAddr, ToSocketAddrs};

use mio::net::TcpListener;
use mio::{Interest, Token as MioToken};
use nodelet_interp::host_api::CallError;
use nodelet_interp::{Interpreter, Value};

use super::errors::uv_errno;
use super::stream::Stream;
use super::{dispatch, event, trace, NetState, Socket, Token, Work};
use crate::event_loop::state;

/// A listening socket.
pub(super) struct Listener {
    pub socket: TcpListener,
    /// Whether an accept is queued or connections may be waiting.
    pub pending: bool,
}

/// The addresses `host` names, for binding or connecting. An empty host means
/// every interface (`::`, which also takes IPv4 on Linux, as node does).
pub(super) fn resolve(host: &str, port: u16) -> io::Result<Vec<SocketAddr>> {
    if host.is_empty() {
        return Ok(vec![SocketAddr::new(
            IpAddr::V6(Ipv6Addr::UNSPECIFIED),
            port,
        )]);
    }
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    Ok((host, port).to_socket_addrs()?.collect())
}

impl NetState {
    /// Binds and listens on `host:port`; the token, or a negative errno. With
    /// no host, `::` is tried first (both families), then `0.0.0.0`.
    pub(super) fn listen(&mut self, owner: Value, host: &str, port: u16) -> Result<Token, i32> {
        let mut addrs = resolve(host, port).map_err(|e| uv_errno(&e))?;
        if host.is_empty() {
            addrs.push(SocketAddr::from(([0, 0, 0, 0], port)));
        }
        let mut last = -super::errors::EINVAL;
        for addr in addrs {
            match self.bind(owner, addr) {
                Ok(token) => return Ok(token),
                Err(errno) => last = errno,
            }
        }
        Err(last)
    }

    fn bind(&mut self, owner: Value, addr: SocketAddr) -> Result<Token, i32> {
        let mut socket = TcpListener::bind(addr).map_err(|e| uv_errno(&e))?;
        if let Some(registry) = &self.registry {
            registry
                .register(&mut socket, MioToken(self.next_token), Interest::READABLE)
                .map_err(|e| uv_errno(&e))?;
        }
        let listener = Listener {
            socket,
            pending: false,
        };
        Ok(self.insert(owner, Socket::Listener(listener)))
    }
}

/// Accepts one connection on listener `token` and hands it to the server.
pub(super) fn accept_one(cx: &mut Interpreter, token: Token) -> Result<bool, CallError> {
    let Some(s) = state(cx) else { return Ok(false) };
    let net = &mut s.net;
    let accepted = match net.handles.get_mut(&token).map(|h| &mut h.socket) {
        Some(Socket::Listener(l)) => match l.socket.accept() {
            Ok(pair) => Ok(pair),
            Err(e) => {
                l.pending = false;
                Err(e)
            }
        },
        _ => return Ok(false),
    };
    match accepted {
        Ok((mut socket, _peer)) => {
            let new_token = net.next_token;
            let registered = match &net.registry {
                Some(r) => r.register(
                    &mut socket,
                    MioToken(new_token),
                    Interest::READABLE | Interest::WRITABLE,
                ),
                None => Ok(()),
            };
            // More connections may be waiting: accept them one event at a time.
            net.work.push_back(Work::Accept(token));
            if registered.is_err() {
                return Ok(false);
            }
            let stream = Stream::new(socket, false);
            let new_token = net.insert(Value::Undefined, Socket::Stream(stream));
            trace(cx, "connection", token);
            // The peer's address is not sent: net.js asks for it when a
            // script does, so idle connections cost no strings.
            let args = [Value::Number(new_token as f64)];
            let owner = dispatch(cx, token, event::CONNECTION, &args)?;
            if let Some(s) = state(cx) {
                match owner {
                    Value::Object(_) => {
                        if let Some(h) = s.net.handles.get_mut(&new_token) {
                            h.owner = owner;
                        }
                    }
                    // The server did not take the connection (it is closing).
                    _ => s.net.remove(new_token),
                }
            }
            Ok(true)
        }
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(false),
        Err(e) if e.kind() == io::ErrorKind::Interrupted => {
            net.work.push_back(Work::Accept(token));
            Ok(false)
        }
        Err(e) => {
            trace(cx, "accept error", token);
            let errno = Value::Number(f64::from(uv_errno(&e)));
            let syscall = cx.string_value("accept");
            dispatch(cx, token, event::ERROR, &[errno, syscall])?;
            Ok(true)
        }
    }
}
