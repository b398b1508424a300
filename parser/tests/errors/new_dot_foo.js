new.foo
