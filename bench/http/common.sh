# Shell functions bench.sh and echo.sh share (sourced, not run).

# Starts `BIN SCRIPT PORT` in the background (its pid in $pid) and waits until
# the server accepts connections on 127.0.0.1:PORT.
start() { # BIN SCRIPT PORT
  "$1" "$here/$2" "$3" > /dev/null &
  pid=$!
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$3") 2> /dev/null && return
    sleep 0.05
  done
}

# The server's CPU time so far (user and system clock ticks, all threads).
cpu_ticks() { # PID
  cat /proc/"$1"/task/*/stat | awk '{u += $14; s += $15} END {print u, s}'
}
