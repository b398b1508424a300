//! The file operations themselves, as plain Rust on `std::fs`: an [`Op`] says
//! what to do, [`Op::run`] does it on whatever thread it is called from (the
//! script's thread for `*Sync`, a pool worker otherwise) and answers with an
//! [`Output`] or node's [`FsError`]. Nothing here touches the interpreter, so
//! both can cross threads. File contents travel as bytes (`Vec<u8>`); fs.js
//! turns them into Buffers or strings.
//!
//! Files opened with `fs.open` live in one table, keyed by their real file
//! descriptor number (what node hands out): an operation on a descriptor
//! looks its `File` up there, so a read in flight keeps the file open even if
//! `close` runs meanwhile. Descriptors 0, 1 and 2 are the standard streams.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use super::errors::{FsError, EACCES, EBADF, EEXIST, EINVAL, ENOENT};

/// One file system request, with everything it needs (owned, so it can move
/// to a worker thread).
#[derive(Debug)]
pub(crate) enum Op {
    ReadFile {
        path: String,
    },
    /// `flag` is node's open flag (`w`, `wx`, `a`, `ax`…).
    WriteFile {
        path: String,
        data: Vec<u8>,
        flag: String,
    },
    /// `fs.open`: `flags` is node's flag string (`r`, `w+`, `ax`…).
    Open {
        path: String,
        flags: String,
        mode: u32,
    },
    Close {
        fd: i32,
    },
    /// Reads up to `length` bytes at `position` (or the file's current one).
    Read {
        fd: i32,
        length: usize,
        position: Option<u64>,
    },
    /// Reads from the current position to the end (`readFile` on a descriptor).
    /// `stat_first`: node checks the descriptor with `fstat` before reading,
    /// so an unknown one is `EBADF ... fstat` rather than `... read`.
    ReadAll {
        fd: i32,
        stat_first: bool,
    },
    Write {
        fd: i32,
        data: Vec<u8>,
        position: Option<u64>,
    },
    Fstat {
        fd: i32,
    },
    /// Cuts the file to `len` bytes, or extends it with zeros.
    Ftruncate {
        fd: i32,
        len: u64,
    },
    Exists {
        path: String,
    },
    /// Whether `path` is a directory, following links (node's
    /// `internalModuleStat`, used by recursive `readdir`).
    IsDirectory {
        path: String,
    },
    Stat {
        path: String,
        follow: bool,
    },
    Mkdir {
        path: String,
        recursive: bool,
    },
    Readdir {
        path: String,
        types: bool,
    },
    Unlink {
        path: String,
    },
    Rmdir {
        path: String,
        recursive: bool,
    },
    Rm {
        path: String,
        recursive: bool,
        force: bool,
    },
    Rename {
        from: String,
        to: String,
    },
    Mkdtemp {
        prefix: String,
    },
    Realpath {
        path: String,
    },
    /// `exclusive` is `fs.constants.COPYFILE_EXCL`.
    CopyFile {
        from: String,
        to: String,
        exclusive: bool,
    },
    /// `mode` is a mask of `R_OK` (4), `W_OK` (2), `X_OK` (1); 0 is `F_OK`.
    Access {
        path: String,
        mode: u32,
    },
}

/// What a successful request hands back.
#[derive(Debug)]
pub(crate) enum Output {
    Unit,
    Bool(bool),
    Number(f64),
    Text(String),
    /// File contents (a Buffer on the JavaScript side).
    Bytes(Vec<u8>),
    /// A path, or nothing (`mkdir` with `recursive` when nothing was created).
    MaybeText(Option<String>),
    /// The numbers of a `Stats`, in node's key order (see `STATS_FIELDS` in fs.js).
    Stats(Vec<f64>),
    Names(Vec<String>),
    /// Directory entries with libuv's `UV_DIRENT_*` type numbers.
    Entries(Vec<(String, u8)>),
}

pub(crate) type OpResult = Result<Output, FsError>;

impl Op {
    /// Performs the request (blocking the calling thread).
    pub fn run(self) -> OpResult {
        match self {
            Op::ReadFile { path } => read_file(&path),
            Op::WriteFile { path, data, flag } => write_file(&path, &data, &flag),
            Op::Open { path, flags, mode } => open(&path, &flags, mode),
            Op::Close { fd } => match files().lock().map(|mut t| t.remove(&fd)) {
                Ok(Some(_)) => Ok(Output::Unit),
                _ => Err(bad_fd("close")),
            },
            Op::Read {
                fd,
                length,
                position,
            } => read(fd, length, position),
            Op::ReadAll { fd, stat_first } => read_all(fd, stat_first),
            Op::Write { fd, data, position } => write(fd, &data, position),
            Op::Fstat { fd } => {
                let file = file_of(fd, "fstat")?;
                let m = file
                    .metadata()
                    .map_err(|e| FsError::new(&e, "fstat", None))?;
                Ok(stats_of(&m))
            }
            Op::Ftruncate { fd, len } => file_of(fd, "ftruncate")?
                .set_len(len)
                .map(|()| Output::Unit)
                .map_err(|e| FsError::new(&e, "ftruncate", None)),
            Op::Exists { path } => Ok(Output::Bool(fs::metadata(&path).is_ok())),
            Op::IsDirectory { path } => {
                Ok(Output::Bool(fs::metadata(&path).is_ok_and(|m| m.is_dir())))
            }
            Op::Stat { path, follow } => stat(&path, follow),
            Op::Mkdir { path, recursive } => mkdir(&path, recursive),
            Op::Readdir { path, types } => readdir(&path, types),
            Op::Unlink { path } => fs::remove_file(&path)
                .map(|()| Output::Unit)
                .map_err(|e| FsError::new(&e, "unlink", Some(&path))),
            Op::Rmdir { path, recursive } => {
                let r = if recursive {
                    fs::remove_dir_all(&path)
                } else {
                    fs::remove_dir(&path)
                };
                r.map(|()| Output::Unit)
                    .map_err(|e| FsError::new(&e, "rmdir", Some(&path)))
            }
            Op::Rm {
                path,
                recursive,
                force,
            } => rm(&path, recursive, force),
            Op::Rename { from, to } => fs::rename(&from, &to)
                .map(|()| Output::Unit)
                .map_err(|e| FsError::new(&e, "rename", Some(&from)).with_dest(&to)),
            Op::Mkdtemp { prefix } => mkdtemp(&prefix),
            Op::Realpath { path } => realpath(&path),
            Op::CopyFile {
                from,
                to,
                exclusive,
            } => copy_file(&from, &to, exclusive),
            Op::Access { path, mode } => access(&path, mode),
        }
    }
}

fn read_file(path: &str) -> OpResult {
    let mut file = fs::File::open(path).map_err(|e| FsError::new(&e, "open", Some(path)))?;
    let mut bytes = Vec::new();
    // As in node, a failed read (a directory: EISDIR) names no path.
    file.read_to_end(&mut bytes)
        .map_err(|e| FsError::new(&e, "read", None))?;
    Ok(Output::Bytes(bytes))
}

/// The `OpenOptions` for one of node's flag strings (`fs.constants` spelled
/// out: `r+` is read and write, `ax` appends to a file that must not exist…).
pub(crate) fn open_options(flags: &str) -> Option<OpenOptions> {
    let mut o = OpenOptions::new();
    match flags {
        "r" | "rs" | "sr" => o.read(true),
        "r+" | "rs+" | "sr+" => o.read(true).write(true),
        "w" => o.write(true).create(true).truncate(true),
        "wx" | "xw" => o.write(true).create_new(true),
        "w+" => o.read(true).write(true).create(true).truncate(true),
        "wx+" | "xw+" => o.read(true).write(true).create_new(true),
        "a" | "as" | "sa" => o.append(true).create(true),
        "ax" | "xa" => o.append(true).create_new(true),
        "a+" | "as+" | "sa+" => o.read(true).append(true).create(true),
        "ax+" | "xa+" => o.read(true).append(true).create_new(true),
        _ => return None,
    };
    Some(o)
}

fn write_file(path: &str, data: &[u8], flag: &str) -> OpResult {
    let Some(options) = open_options(flag) else {
        return Err(FsError::from_errno(EINVAL, "open", path));
    };
    let mut file = options
        .open(path)
        .map_err(|e| FsError::new(&e, "open", Some(path)))?;
    file.write_all(data)
        .map_err(|e| FsError::new(&e, "write", None))?;
    Ok(Output::Unit)
}

/// The open files, by descriptor.
fn files() -> &'static Mutex<HashMap<i32, Arc<File>>> {
    static FILES: OnceLock<Mutex<HashMap<i32, Arc<File>>>> = OnceLock::new();
    FILES.get_or_init(Mutex::default)
}

fn bad_fd(syscall: &'static str) -> FsError {
    FsError::new(&std::io::Error::from_raw_os_error(EBADF), syscall, None)
}

/// The file behind descriptor `fd`, or `EBADF` for `syscall`.
fn file_of(fd: i32, syscall: &'static str) -> Result<Arc<File>, FsError> {
    let table = files().lock().map_err(|_| bad_fd(syscall))?;
    table.get(&fd).cloned().ok_or_else(|| bad_fd(syscall))
}

fn open(path: &str, flags: &str, mode: u32) -> OpResult {
    let Some(mut options) = open_options(flags) else {
        return Err(FsError::from_errno(EINVAL, "open", path));
    };
    options.mode(mode);
    let file = options
        .open(path)
        .map_err(|e| FsError::new(&e, "open", Some(path)))?;
    let fd = file.as_raw_fd();
    match files().lock() {
        Ok(mut table) => {
            table.insert(fd, Arc::new(file));
        }
        Err(_) => return Err(bad_fd("open")),
    }
    Ok(Output::Number(f64::from(fd)))
}

fn read(fd: i32, length: usize, position: Option<u64>) -> OpResult {
    let mut buf = vec![0; length];
    let err = |e: std::io::Error| FsError::new(&e, "read", None);
    let n = if fd == 0 {
        std::io::stdin().read(&mut buf).map_err(err)?
    } else {
        let file = file_of(fd, "read")?;
        match position {
            Some(p) => file.read_at(&mut buf, p).map_err(err)?,
            None => (&*file).read(&mut buf).map_err(err)?,
        }
    };
    buf.truncate(n);
    Ok(Output::Bytes(buf))
}

fn read_all(fd: i32, stat_first: bool) -> OpResult {
    let mut bytes = Vec::new();
    let err = |e: std::io::Error| FsError::new(&e, "read", None);
    if fd == 0 {
        std::io::stdin().read_to_end(&mut bytes).map_err(err)?;
    } else {
        let file = file_of(fd, if stat_first { "fstat" } else { "read" })?;
        (&*file).read_to_end(&mut bytes).map_err(err)?;
    }
    Ok(Output::Bytes(bytes))
}

fn write(fd: i32, data: &[u8], position: Option<u64>) -> OpResult {
    let err = |e: std::io::Error| FsError::new(&e, "write", None);
    match fd {
        // The same streams `console.log` and `process.stdout.write` use, so
        // output stays in order.
        1 => {
            let mut out = std::io::stdout().lock();
            out.write_all(data)
                .and_then(|()| out.flush())
                .map_err(err)?;
        }
        2 => std::io::stderr().lock().write_all(data).map_err(err)?,
        _ => {
            let file = file_of(fd, "write")?;
            match position {
                Some(p) => file.write_all_at(data, p).map_err(err)?,
                None => (&*file).write_all(data).map_err(err)?,
            }
        }
    }
    Ok(Output::Number(data.len() as f64))
}

fn stat(path: &str, follow: bool) -> OpResult {
    let (m, syscall) = if follow {
        (fs::metadata(path), "stat")
    } else {
        (fs::symlink_metadata(path), "lstat")
    };
    let m = m.map_err(|e| FsError::new(&e, syscall, Some(path)))?;
    Ok(stats_of(&m))
}

/// The numbers of a `Stats` object, in fs.js's `STATS_FIELDS` order.
fn stats_of(m: &fs::Metadata) -> Output {
    let ms = |secs: i64, nsecs: i64| secs as f64 * 1000.0 + (nsecs as f64 / 1e6);
    // Linux `statx` gives a birth time; std exposes it as `created`.
    let birth = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    Output::Stats(vec![
        m.dev() as f64,
        f64::from(m.mode()),
        m.nlink() as f64,
        f64::from(m.uid()),
        f64::from(m.gid()),
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        ms(m.atime(), m.atime_nsec()),
        ms(m.mtime(), m.mtime_nsec()),
        ms(m.ctime(), m.ctime_nsec()),
        birth,
    ])
}

fn mkdir(path: &str, recursive: bool) -> OpResult {
    let err = |e: std::io::Error| FsError::new(&e, "mkdir", Some(path));
    if !recursive {
        return fs::create_dir(path).map(|()| Output::Unit).map_err(err);
    }
    match fs::metadata(path) {
        Ok(m) if m.is_dir() => return Ok(Output::MaybeText(None)),
        Ok(_) => return Err(FsError::from_errno(EEXIST, "mkdir", path)),
        Err(_) => {}
    }
    // node returns the first directory it had to create.
    let mut first = PathBuf::from(path);
    while let Some(parent) = first.parent() {
        if parent.as_os_str().is_empty() || fs::metadata(parent).is_ok() {
            break;
        }
        first = parent.to_path_buf();
    }
    fs::create_dir_all(path).map_err(err)?;
    Ok(Output::MaybeText(Some(
        first.to_string_lossy().into_owned(),
    )))
}

fn readdir(path: &str, types: bool) -> OpResult {
    let err = |e: std::io::Error| FsError::new(&e, "scandir", Some(path));
    let mut entries = Vec::new();
    for entry in fs::read_dir(path).map_err(err)? {
        let entry = entry.map_err(err)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = match entry.file_type() {
            Ok(t) if t.is_file() => 1,
            Ok(t) if t.is_dir() => 2,
            Ok(t) if t.is_symlink() => 3,
            Ok(t) if t.is_fifo() => 4,
            Ok(t) if t.is_socket() => 5,
            Ok(t) if t.is_char_device() => 6,
            Ok(t) if t.is_block_device() => 7,
            _ => 0,
        };
        entries.push((name, kind));
    }
    // libuv's scandir sorts entries by name, byte by byte.
    entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    Ok(if types {
        Output::Entries(entries)
    } else {
        Output::Names(entries.into_iter().map(|(n, _)| n).collect())
    })
}

fn rm(path: &str, recursive: bool, force: bool) -> OpResult {
    let m = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if force && e.raw_os_error() == Some(ENOENT) => return Ok(Output::Unit),
        Err(e) => return Err(FsError::new(&e, "lstat", Some(path))),
    };
    let r = if m.is_dir() {
        if !recursive {
            // node raises its own ERR_FS_EISDIR here; fs.js builds it from this.
            return Err(FsError::from_errno(21, "rm", path));
        }
        fs::remove_dir_all(path)
    } else {
        fs::remove_file(path)
    };
    r.map(|()| Output::Unit)
        .map_err(|e| FsError::new(&e, "rm", Some(path)))
}

fn mkdtemp(prefix: &str) -> OpResult {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for _ in 0..100 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let mut seed = nanos
            ^ u64::from(std::process::id()).rotate_left(32)
            ^ COUNTER
                .fetch_add(1, Ordering::Relaxed)
                .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mut name = String::from(prefix);
        for _ in 0..6 {
            // xorshift: enough to make collisions unlikely; not for secrets.
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let i = (seed % CHARS.len() as u64) as usize;
            name.push(char::from(CHARS.get(i).copied().unwrap_or(b'x')));
        }
        match fs::create_dir(&name) {
            Ok(()) => return Ok(Output::Text(name)),
            Err(e) if e.raw_os_error() == Some(EEXIST) => continue,
            Err(e) => {
                return Err(FsError::new(
                    &e,
                    "mkdtemp",
                    Some(&format!("{prefix}XXXXXX")),
                ));
            }
        }
    }
    Err(FsError::from_errno(
        EEXIST,
        "mkdtemp",
        &format!("{prefix}XXXXXX"),
    ))
}

fn realpath(path: &str) -> OpResult {
    match fs::canonicalize(path) {
        Ok(p) => Ok(Output::Text(p.to_string_lossy().into_owned())),
        Err(e) => {
            // node's realpathSync walks the path with lstat and reports the
            // first component that fails.
            let mut prefix = PathBuf::new();
            for part in Path::new(path).components() {
                prefix.push(part);
                if let Err(e) = fs::symlink_metadata(&prefix) {
                    let shown = prefix.to_string_lossy().into_owned();
                    return Err(FsError::new(&e, "lstat", Some(&shown)));
                }
            }
            Err(FsError::new(&e, "realpath", Some(path)))
        }
    }
}

fn copy_file(from: &str, to: &str, exclusive: bool) -> OpResult {
    let err = |e: &std::io::Error| FsError::new(e, "copyfile", Some(from)).with_dest(to);
    if exclusive && fs::symlink_metadata(to).is_ok() {
        return Err(err(&std::io::Error::from_raw_os_error(EEXIST)));
    }
    fs::copy(from, to)
        .map(|_| Output::Unit)
        .map_err(|e| err(&e))
}

fn access(path: &str, mode: u32) -> OpResult {
    let m = fs::metadata(path).map_err(|e| FsError::new(&e, "access", Some(path)))?;
    // Without access(2) the permission bits stand in: a right is missing when
    // no one (owner, group or others) has it. Good enough for the common case.
    let bits = m.permissions().mode();
    let wanted = [(4, 0o444), (2, 0o222), (1, 0o111)];
    if wanted
        .iter()
        .any(|&(flag, mask)| mode & flag != 0 && bits & mask == 0)
    {
        return Err(FsError::from_errno(EACCES, "access", path));
    }
    Ok(Output::Unit)
}
