if (a) if (b) x(); else y();
if (a) { if (b) x(); } else y();
