# Sourced by the scripts that start tokendesk-gateway-sim (quickstart.sh, bench.sh, the valgrind
# and packaging tests): one way to wait for it to be ready.
#
#   url=$(simulator_url "$sim_pid" "$sim_output_file") || die "..."
#
# The simulator prints one line, "Listening on http://127.0.0.1:PORT/router/rest", once it
# accepts connections. Prints that URL; or, when the simulator exits first or prints no such
# line within 10 s, prints what it said and why to stderr and returns 1.
simulator_url() {
    _sim_pid=$1
    _sim_out=$2
    _tries=0
    while :; do
        _url=$(sed -n '1s|^Listening on \(http://127\.0\.0\.1:[0-9]*/router/rest\)$|\1|p' "$_sim_out")
        if [ -n "$_url" ]; then
            printf '%s\n' "$_url"
            return 0
        fi
        if ! kill -0 "$_sim_pid" 2>/dev/null; then
            cat "$_sim_out" >&2
            echo "the gateway simulator exited before listening" >&2
            return 1
        fi
        _tries=$((_tries + 1))
        if [ "$_tries" -gt 100 ]; then
            cat "$_sim_out" >&2
            echo "the gateway simulator printed no 'Listening on' line within 10 s" >&2
            return 1
        fi
        sleep 0.1
    done
}
