try { risky(); } catch { recover(); }
