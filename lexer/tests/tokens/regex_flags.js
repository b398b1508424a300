/a/dgimsuy; /a/v; /a/;
/a/gg;
/a/q;
/a/uv;
