//! Phase 4, HTTP messages: the byte-level parser of one connection, the part
//! node writes in C (llhttp). It keeps the bytes a socket has read, finds each
//! head with `httparse`, frames the body that follows (`Content-Length`,
//! chunked, or up to the end of the connection) and turns all that into
//! [`Event`]s. It knows nothing of JavaScript: `consume.rs` feeds it a socket's
//! reads and hands its events to http.js.

use std::mem::MaybeUninit;

use super::MAX_HEADERS;

/// The most bytes a head may take (node's default `--max-http-header-size`).
pub const MAX_HEADER_SIZE: usize = 16 * 1024;

/// The longest chunk-size line accepted (with its extensions).
const MAX_CHUNK_LINE: usize = 1024;

/// One thing the parser found.
#[derive(Debug, PartialEq)]
pub enum Event {
    /// A request or response head.
    Head(Head),
    /// A piece of the body.
    Body(Vec<u8>),
    /// The message ended (its body is complete), with the trailers of a
    /// chunked body.
    Complete(Vec<(String, String)>),
    /// The bytes are not HTTP; nothing more is parsed.
    Error(ParseError),
}

/// Why the bytes are not HTTP, as llhttp's error codes name it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParseError {
    /// A head over [`MAX_HEADER_SIZE`] or with too many lines.
    HeaderOverflow,
    /// Not a request or status line and headers.
    Malformed,
    /// A `Content-Length` that is not a number.
    BadLength,
    /// A chunk size that is not hexadecimal, or a chunk without its CRLF.
    BadChunk,
}

impl ParseError {
    /// The status a server answers with before closing.
    pub fn status(self) -> u16 {
        match self {
            ParseError::HeaderOverflow => 431,
            _ => 400,
        }
    }

    /// llhttp's name for it (node's `err.code`).
    pub fn code(self) -> &'static str {
        match self {
            ParseError::HeaderOverflow => "HPE_HEADER_OVERFLOW",
            ParseError::Malformed => "HPE_INVALID_CONSTANT",
            ParseError::BadLength => "HPE_INVALID_CONTENT_LENGTH",
            ParseError::BadChunk => "HPE_INVALID_CHUNK_SIZE",
        }
    }
}

/// A parsed head, its header values one byte per character (node reads heads
/// as latin1).
#[derive(Debug, PartialEq)]
pub struct Head {
    /// The method (requests) or the status code as text (responses).
    pub first: String,
    /// The URL (requests) or the reason phrase (responses).
    pub second: String,
    pub minor: u8,
    /// Names and values in the order they came.
    pub headers: Vec<(String, String)>,
    /// What follows: no body, a body with a length or chunks, or a body
    /// up to the close.
    pub body: BodyKind,
}

/// Whether a body follows a head, and how it ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BodyKind {
    None,
    Framed,
    UntilClose,
}

/// How the current body is delimited.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Body {
    /// `left` more bytes.
    Length { left: usize },
    /// Chunked: in the middle of a chunk with `left` bytes to go, or between.
    Chunked(Chunk),
    /// A response without a length: everything up to the end of the stream.
    UntilClose,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Chunk {
    Size,
    Data {
        left: usize,
    },
    /// The CRLF after a chunk's data.
    DataEnd,
    Trailers,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum State {
    /// Waiting for a head.
    Head,
    Body(Body),
    /// A parse error was reported: nothing more is parsed.
    Failed,
}

/// The parser of one connection's incoming messages.
pub struct MessageParser {
    /// Reads not parsed yet.
    buf: Vec<u8>,
    /// How far into `buf` parsing has got (consumed bytes are dropped lazily,
    /// so a pipelined burst is not shifted once per message).
    pos: usize,
    state: State,
    /// Parses responses (a client) rather than requests (a server).
    response: bool,
    /// A client sent `HEAD`: the response has no body whatever it says.
    expect_no_body: bool,
}

impl MessageParser {
    pub fn new(response: bool) -> MessageParser {
        MessageParser {
            buf: Vec::new(),
            pos: 0,
            state: State::Head,
            response,
            expect_no_body: false,
        }
    }

    /// Adds bytes a socket read.
    pub fn feed(&mut self, bytes: &[u8]) {
        if self.state == State::Failed {
            return;
        }
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// The bytes received and not parsed yet.
    pub fn buffered(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// Whether this parser reads responses (a client's).
    pub fn is_response(&self) -> bool {
        self.response
    }

    /// Tells a client's parser that the next response answers a `HEAD`.
    pub fn expect_no_body(&mut self, yes: bool) {
        self.expect_no_body = yes;
    }

    /// The end of the stream: a body that runs to the close is complete.
    pub fn finish(&mut self) -> Option<Event> {
        if self.state == State::Body(Body::UntilClose) {
            self.state = State::Head;
            return Some(Event::Complete(Vec::new()));
        }
        None
    }

    /// The next event the buffered bytes make, or `None` until more arrive.
    pub fn next_event(&mut self) -> Option<Event> {
        match self.state {
            State::Failed => None,
            State::Head => self.head(),
            State::Body(body) => self.body(body),
        }
    }

    fn rest(&self) -> &[u8] {
        self.buf.get(self.pos..).unwrap_or_default()
    }

    fn fail(&mut self, why: ParseError) -> Option<Event> {
        self.state = State::Failed;
        self.buf = Vec::new();
        self.pos = 0;
        Some(Event::Error(why))
    }

    fn head(&mut self) -> Option<Event> {
        let rest = self.rest();
        if rest.is_empty() {
            return None;
        }
        // Uninitialised slots: filling 256 of them (8 KiB) for every head
        // cost more than parsing a short one.
        let mut slots = [const { MaybeUninit::<httparse::Header>::uninit() }; MAX_HEADERS];
        let parsed = if self.response {
            let mut res = httparse::Response::new(&mut []);
            let config = httparse::ParserConfig::default();
            let parsed = config.parse_response_with_uninit_headers(&mut res, rest, &mut slots);
            parsed.map(|status| match status {
                httparse::Status::Complete(len) => {
                    let head = Head {
                        first: res.code.unwrap_or(0).to_string(),
                        second: res.reason.unwrap_or("").to_string(),
                        minor: res.version.unwrap_or(1),
                        headers: collect(res.headers),
                        body: BodyKind::None,
                    };
                    Some((len, head))
                }
                httparse::Status::Partial => None,
            })
        } else {
            let mut req = httparse::Request::new(&mut []);
            req.parse_with_uninit_headers(rest, &mut slots)
                .map(|status| match status {
                    httparse::Status::Complete(len) => {
                        let head = Head {
                            first: req.method.unwrap_or("GET").to_string(),
                            second: req.path.unwrap_or("/").to_string(),
                            minor: req.version.unwrap_or(1),
                            headers: collect(req.headers),
                            body: BodyKind::None,
                        };
                        Some((len, head))
                    }
                    httparse::Status::Partial => None,
                })
        };
        let (len, mut head) = match parsed {
            Ok(Some(done)) => done,
            Ok(None) => {
                if self.buffered() > MAX_HEADER_SIZE {
                    return self.fail(ParseError::HeaderOverflow);
                }
                return None;
            }
            Err(httparse::Error::TooManyHeaders) => return self.fail(ParseError::HeaderOverflow),
            Err(_) => return self.fail(ParseError::Malformed),
        };
        if len > MAX_HEADER_SIZE {
            return self.fail(ParseError::HeaderOverflow);
        }
        self.pos += len;
        let Some(body) = self.framing(&head) else {
            return self.fail(ParseError::BadLength);
        };
        head.body = match body {
            Body::Length { left: 0 } => BodyKind::None,
            Body::UntilClose => BodyKind::UntilClose,
            _ => BodyKind::Framed,
        };
        self.state = State::Body(body);
        Some(Event::Head(head))
    }

    /// How the body after `head` is delimited, or `None` for a malformed
    /// `Content-Length`.
    fn framing(&self, head: &Head) -> Option<Body> {
        let no_body = self.response
            && (self.expect_no_body
                || matches!(head.first.as_str(), "204" | "304")
                || head.first.starts_with('1'));
        if no_body {
            return Some(Body::Length { left: 0 });
        }
        let find = |name: &str| {
            head.headers
                .iter()
                .rev()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        };
        if let Some(te) = find("transfer-encoding") {
            let last = te.rsplit(',').next().unwrap_or("").trim();
            if last.eq_ignore_ascii_case("chunked") {
                return Some(Body::Chunked(Chunk::Size));
            }
        }
        if let Some(length) = find("content-length") {
            let length = length.trim();
            if length.is_empty() || !length.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            return length.parse().ok().map(|left| Body::Length { left });
        }
        Some(if self.response {
            Body::UntilClose
        } else {
            Body::Length { left: 0 }
        })
    }

    fn body(&mut self, body: Body) -> Option<Event> {
        match body {
            Body::Length { left: 0 } => {
                self.state = State::Head;
                Some(Event::Complete(Vec::new()))
            }
            Body::Length { left } => {
                let piece = self.take(left)?;
                self.state = State::Body(Body::Length {
                    left: left - piece.len(),
                });
                Some(Event::Body(piece))
            }
            Body::UntilClose => self.take(usize::MAX).map(Event::Body),
            Body::Chunked(chunk) => self.chunked(chunk),
        }
    }

    /// Up to `most` buffered bytes, or `None` when there are none.
    fn take(&mut self, most: usize) -> Option<Vec<u8>> {
        let rest = self.rest();
        if rest.is_empty() {
            return None;
        }
        let n = rest.len().min(most);
        let piece = rest.get(..n).unwrap_or_default().to_vec();
        self.pos += n;
        Some(piece)
    }

    fn chunked(&mut self, mut chunk: Chunk) -> Option<Event> {
        loop {
            let rest = self.rest();
            match chunk {
                Chunk::Size => {
                    let Some(eol) = find(rest, b"\r\n") else {
                        if rest.len() > MAX_CHUNK_LINE {
                            return self.fail(ParseError::BadChunk);
                        }
                        return None;
                    };
                    let line = rest.get(..eol).unwrap_or_default();
                    let size = line.split(|&b| b == b';').next().unwrap_or_default();
                    let size = std::str::from_utf8(size).unwrap_or("").trim();
                    let Some(size) = (!size.is_empty() && size.len() <= 15)
                        .then(|| usize::from_str_radix(size, 16).ok())
                        .flatten()
                    else {
                        return self.fail(ParseError::BadChunk);
                    };
                    self.pos += eol + 2;
                    chunk = if size == 0 {
                        Chunk::Trailers
                    } else {
                        Chunk::Data { left: size }
                    };
                }
                Chunk::Data { left } => {
                    let piece = self.take(left);
                    let next = match &piece {
                        Some(p) if p.len() == left => Chunk::DataEnd,
                        Some(p) => Chunk::Data {
                            left: left - p.len(),
                        },
                        None => chunk,
                    };
                    self.state = State::Body(Body::Chunked(next));
                    return piece.map(Event::Body);
                }
                Chunk::DataEnd => {
                    if rest.len() < 2 {
                        self.state = State::Body(Body::Chunked(chunk));
                        return None;
                    }
                    if rest.get(..2) != Some(b"\r\n") {
                        return self.fail(ParseError::BadChunk);
                    }
                    self.pos += 2;
                    chunk = Chunk::Size;
                }
                Chunk::Trailers => {
                    // Trailers are read past, not reported.
                    let end = if rest.starts_with(b"\r\n") {
                        Some(2)
                    } else {
                        find(rest, b"\r\n\r\n").map(|i| i + 4)
                    };
                    let Some(end) = end else {
                        let too_long = rest.len() > MAX_HEADER_SIZE;
                        self.state = State::Body(Body::Chunked(chunk));
                        if too_long {
                            return self.fail(ParseError::BadChunk);
                        }
                        return None;
                    };
                    let mut slots = [httparse::EMPTY_HEADER; MAX_HEADERS];
                    let trailers = match httparse::parse_headers(rest, &mut slots) {
                        Ok(httparse::Status::Complete((_, found))) => collect(found),
                        _ => return self.fail(ParseError::BadChunk),
                    };
                    self.pos += end;
                    self.state = State::Head;
                    return Some(Event::Complete(trailers));
                }
            }
            self.state = State::Body(Body::Chunked(chunk));
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Header names and values; values keep their bytes one per character.
pub(super) fn collect(headers: &[httparse::Header<'_>]) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|h| {
            let value: String = h.value.iter().map(|&b| char::from(b)).collect();
            (h.name.to_string(), value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every event `input` makes when fed in pieces of `step` bytes.
    fn events(response: bool, input: &str, step: usize) -> Vec<Event> {
        let mut p = MessageParser::new(response);
        let mut out = Vec::new();
        for piece in input.as_bytes().chunks(step.max(1)) {
            p.feed(piece);
            while let Some(e) = p.next_event() {
                out.push(e);
            }
        }
        out.extend(p.finish());
        // Body pieces depend on how the bytes arrived: join neighbours.
        let mut joined: Vec<Event> = Vec::new();
        for e in out {
            match (joined.last_mut(), e) {
                (Some(Event::Body(prev)), Event::Body(more)) => prev.extend(more),
                (_, e) => joined.push(e),
            }
        }
        joined
    }

    fn show(events: &[Event]) -> String {
        let mut s = String::new();
        for e in events {
            match e {
                Event::Head(h) => s.push_str(&format!(
                    "head {} {} 1.{} {:?} body={:?}\n",
                    h.first, h.second, h.minor, h.headers, h.body
                )),
                Event::Body(b) => s.push_str(&format!("body {:?}\n", String::from_utf8_lossy(b))),
                Event::Complete(t) if t.is_empty() => s.push_str("complete\n"),
                Event::Complete(t) => s.push_str(&format!("complete, trailers {t:?}\n")),
                Event::Error(why) => {
                    s.push_str(&format!("error {} {}\n", why.status(), why.code()))
                }
            }
        }
        s
    }

    /// The same events whether the bytes come at once or one by one.
    fn check(response: bool, input: &str) -> String {
        let whole = events(response, input, input.len());
        for step in [1, 2, 3, 7] {
            assert_eq!(events(response, input, step), whole, "step {step}");
        }
        show(&whole)
    }

    #[test]
    fn requests() {
        let cases = [
            "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.0\r\n\r\n",
            "POST /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET / HTTP/1.1\r\n\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;x=1\r\nhello\r\n3\r\nabc\r\n0\r\nTrailer: t\r\n\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY",
            "BAD\x01 / HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nX: caf\u{e9}\r\n\r\n",
        ];
        let shown: Vec<String> = cases.iter().map(|c| check(false, c)).collect();
        insta::assert_snapshot!(shown.join("--\n"));
    }

    #[test]
    fn responses() {
        let cases = [
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi",
            "HTTP/1.1 200 OK\r\n\r\nuntil the close",
            "HTTP/1.1 204 No Content\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n",
        ];
        let shown: Vec<String> = cases.iter().map(|c| check(true, c)).collect();
        insta::assert_snapshot!(shown.join("--\n"));
    }

    #[test]
    fn oversized_head() {
        let mut p = MessageParser::new(false);
        p.feed(b"GET / HTTP/1.1\r\nX: ");
        p.feed(&vec![b'a'; MAX_HEADER_SIZE]);
        assert_eq!(
            p.next_event(),
            Some(Event::Error(ParseError::HeaderOverflow))
        );
        assert_eq!(p.next_event(), None);
    }

    #[test]
    fn head_of_a_head_request_has_no_body() {
        let mut p = MessageParser::new(true);
        p.expect_no_body(true);
        p.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n");
        assert!(matches!(p.next_event(), Some(Event::Head(h)) if h.body == BodyKind::None));
        assert_eq!(p.next_event(), Some(Event::Complete(Vec::new())));
        assert_eq!(p.buffered(), 0);
    }
}
