try { a(); } catch (e) { b(e); } finally { c(); }
try {} catch ({ message }) {}
