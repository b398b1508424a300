//! The realm: the global object and the intrinsic objects (prototypes, well-known
//! symbols) that the evaluator and the built-ins refer to directly.
//!
//! `Realm::create` allocates every intrinsic prototype first, empty but correctly
//! linked, so that `builtins::install_all` can then fill them in any order.

use crate::gc::{Handle, Tracer};
use crate::interp::Interpreter;
use crate::object::ObjectKind;
use crate::value::{ObjRef, SymRef, Value};

macro_rules! realm {
    (objects { $($o:ident,)* } symbols { $($s:ident,)* }) => {
        /// Handles to the intrinsics. Every field is a GC root.
        pub struct Realm {
            $(pub $o: ObjRef,)*
            $(pub $s: SymRef,)*
        }
        impl Realm {
            pub(crate) fn placeholder() -> Realm {
                Realm { $($o: Handle::dangling(),)* $($s: Handle::dangling(),)* }
            }
            pub(crate) fn trace(&self, t: &mut Tracer) {
                $(t.object(self.$o);)*
                $(t.value(Value::Symbol(self.$s));)*
            }
        }
    };
}

realm! {
    objects {
        global,
        object_proto,
        function_proto,
        array_proto,
        string_proto,
        number_proto,
        boolean_proto,
        symbol_proto,
        error_proto,
        type_error_proto,
        range_error_proto,
        reference_error_proto,
        syntax_error_proto,
        eval_error_proto,
        uri_error_proto,
        aggregate_error_proto,
        iterator_proto,
        array_iterator_proto,
        string_iterator_proto,
        map_iterator_proto,
        set_iterator_proto,
        map_proto,
        set_proto,
        weak_map_proto,
        weak_set_proto,
        generator_proto,
        generator_function_proto,
        async_iterator_proto,
        async_from_sync_iterator_proto,
        async_generator_proto,
        async_generator_function_proto,
        async_function_proto,
        promise_proto,
        regexp_proto,
        date_proto,
        regexp_string_iterator_proto,
        uint8_array_proto,
        buffer_proto,
        regexp_ctor,
        regexp_exec,
        array_ctor,
        object_ctor,
        function_ctor,
        promise_ctor,
        stack_getter,
        stack_setter,
        thrower,
    }
    symbols {
        sym_iterator,
        sym_async_iterator,
        sym_has_instance,
        sym_to_primitive,
        sym_to_string_tag,
        sym_species,
        sym_stack_frames,
        sym_match,
        sym_match_all,
        sym_replace,
        sym_search,
        sym_split,
    }
}

impl Interpreter {
    /// Allocates the intrinsic prototypes and symbols (empty; built-ins fill them).
    pub(crate) fn create_realm(&mut self) {
        let object_proto = self.new_object(None, ObjectKind::Ordinary);
        self.realm.object_proto = object_proto;
        let plain = |cx: &mut Interpreter| cx.new_object(Some(object_proto), ObjectKind::Ordinary);
        self.realm.function_proto = self.new_object(
            Some(object_proto),
            ObjectKind::Native(crate::object::NativeFunction {
                f: |_, _, _, _| Ok(Value::Undefined),
                constructor: false,
                data: Value::Undefined,
            }),
        );
        self.realm.global = plain(self);
        self.realm.array_proto = self.new_object(Some(object_proto), ObjectKind::Array(Vec::new()));
        let empty = self.atom_str(crate::atoms::EMPTY);
        self.realm.string_proto = self.new_object(Some(object_proto), ObjectKind::String(empty));
        self.realm.number_proto = self.new_object(Some(object_proto), ObjectKind::Number(0.0));
        self.realm.boolean_proto = self.new_object(Some(object_proto), ObjectKind::Boolean(false));
        self.realm.symbol_proto = plain(self);
        self.realm.error_proto = plain(self);
        let error_proto = self.realm.error_proto;
        let sub = |cx: &mut Interpreter| cx.new_object(Some(error_proto), ObjectKind::Ordinary);
        self.realm.type_error_proto = sub(self);
        self.realm.range_error_proto = sub(self);
        self.realm.reference_error_proto = sub(self);
        self.realm.syntax_error_proto = sub(self);
        self.realm.eval_error_proto = sub(self);
        self.realm.uri_error_proto = sub(self);
        self.realm.aggregate_error_proto = sub(self);
        self.realm.iterator_proto = plain(self);
        let iterator_proto = self.realm.iterator_proto;
        let iter = |cx: &mut Interpreter| cx.new_object(Some(iterator_proto), ObjectKind::Ordinary);
        self.realm.array_iterator_proto = iter(self);
        self.realm.string_iterator_proto = iter(self);
        self.realm.map_iterator_proto = iter(self);
        self.realm.set_iterator_proto = iter(self);
        self.realm.generator_proto = iter(self);
        let function_proto = self.realm.function_proto;
        self.realm.generator_function_proto =
            self.new_object(Some(function_proto), ObjectKind::Ordinary);
        self.realm.async_iterator_proto = plain(self);
        let async_iterator_proto = self.realm.async_iterator_proto;
        let async_iter =
            |cx: &mut Interpreter| cx.new_object(Some(async_iterator_proto), ObjectKind::Ordinary);
        self.realm.async_from_sync_iterator_proto = async_iter(self);
        self.realm.async_generator_proto = async_iter(self);
        self.realm.async_generator_function_proto =
            self.new_object(Some(function_proto), ObjectKind::Ordinary);
        self.realm.async_function_proto =
            self.new_object(Some(function_proto), ObjectKind::Ordinary);
        self.realm.map_proto = plain(self);
        self.realm.set_proto = plain(self);
        self.realm.weak_map_proto = plain(self);
        self.realm.weak_set_proto = plain(self);
        self.realm.promise_proto = plain(self);
        self.realm.regexp_proto = plain(self);
        self.realm.date_proto = plain(self);
        self.realm.regexp_string_iterator_proto = iter(self);
        self.realm.uint8_array_proto = plain(self);
        let uint8_array_proto = self.realm.uint8_array_proto;
        self.realm.buffer_proto = self.new_object(Some(uint8_array_proto), ObjectKind::Ordinary);
        let make = |cx: &mut Interpreter, name: &str| {
            let d = cx.new_string(crate::string::Units::from_str(name));
            cx.new_symbol(Some(d))
        };
        self.realm.sym_iterator = make(self, "Symbol.iterator");
        self.realm.sym_async_iterator = make(self, "Symbol.asyncIterator");
        self.realm.sym_has_instance = make(self, "Symbol.hasInstance");
        self.realm.sym_to_primitive = make(self, "Symbol.toPrimitive");
        self.realm.sym_to_string_tag = make(self, "Symbol.toStringTag");
        self.realm.sym_species = make(self, "Symbol.species");
        self.realm.sym_stack_frames = make(self, "stack frames");
        self.realm.sym_match = make(self, "Symbol.match");
        self.realm.sym_match_all = make(self, "Symbol.matchAll");
        self.realm.sym_replace = make(self, "Symbol.replace");
        self.realm.sym_search = make(self, "Symbol.search");
        self.realm.sym_split = make(self, "Symbol.split");
        let frames = self.realm.sym_stack_frames;
        self.symbols.get_mut(frames).private = true;
    }
}
