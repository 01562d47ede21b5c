# Sourced before running anything built with NEWSGRAPH_SANITIZE or NEWSGRAPH_FUZZ: every finding is
# fatal, with a stack trace; rapidjson's own header findings are suppressed (ubsan.supp).
sanitizers_dir=$(cd "$(dirname "${BASH_SOURCE:-$0}")" 2>/dev/null && pwd)
[ -f "$sanitizers_dir/ubsan.supp" ] || sanitizers_dir=$(pwd)/tests/sanitizers
export UBSAN_OPTIONS="suppressions=$sanitizers_dir/ubsan.supp:print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="abort_on_error=0:detect_leaks=1:strict_string_checks=1"
