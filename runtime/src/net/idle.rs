//! `WritableState#isIdle` (writable.js) asked from Rust: whether a stream has
//! nothing buffered, is not corked, and is not ending, destroyed or errored.
//! http's native `end` asks it once per response, to write head and body
//! straight to the kernel; calling the JavaScript method cost more than the
//! rest of the test. writable.js hands over what the test reads
//! (`streamsIdleTest(kState, busyBits)`), so the bits keep one definition.

use std::rc::Rc;

use nodelet_interp::builtins::arg;
use nodelet_interp::host_api::{HostSite, JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

/// What the test reads of a `WritableState`.
pub(crate) struct IdleTest {
    /// writable.js's `kState` symbol: the state's bit field.
    pub(super) state_key: Value,
    /// The bits that make a stream busy (`kEnding | kDestroyed | kErrored`).
    busy: i64,
    length: HostSite,
    corked: HostSite,
}

/// `streamsIdleTest(kState, busyBits)`: writable.js tells how its idle test
/// reads a state.
pub(crate) fn streams_idle_test(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let Value::Number(busy) = arg(args, 1) else {
        return Err(cx.type_error("streamsIdleTest: the busy bits must be a number"));
    };
    let test = IdleTest {
        state_key: arg(args, 0),
        busy: busy as i64,
        length: HostSite::new(cx.intern("length")),
        corked: HostSite::new(cx.intern("corked")),
    };
    net_state!(cx).idle_test = Some(Rc::new(test));
    Ok(Value::Undefined)
}

/// Whether the `WritableState` `state` is idle, as `state.isIdle()` would
/// answer. A state whose fields are not the numbers writable.js keeps in
/// them counts as busy: the caller then takes the JavaScript way, which
/// asks again.
pub(crate) fn is_idle(cx: &mut Interpreter, state: ObjRef) -> JsResult<bool> {
    let Some(test) = net_state!(cx).idle_test.clone() else {
        return Ok(false);
    };
    let zero = |v: Value| matches!(v, Value::Number(n) if n == 0.0);
    if !zero(cx.get_site(state, &test.length)?) || !zero(cx.get_site(state, &test.corked)?) {
        return Ok(false);
    }
    match cx.get_by_key(state, test.state_key)? {
        Value::Number(bits) => Ok((bits as i64) & test.busy == 0),
        _ => Ok(false),
    }
}
