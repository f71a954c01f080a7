# Sourced by scripts/build-wasm.sh and scripts/bench.sh, so that the benchmark times the modules as they ship.
#
# build_module OUT_DIR PROFILE "WASM-OPT FEATURES" [cargo arguments…]: builds one Wasm module and its bindings into
# OUT_DIR with wasm-pack (PROFILE is the Cargo profile: Cargo.toml says why there are two), then size-optimises it
# with binaryen's wasm-opt from npm (never Debian's, whose old wasm-opt breaks the output).
build_module() {
  local out="$1" profile="$2" features="$3"
  shift 3
  wasm-pack build --mode no-install --profile "$profile" --target web --out-dir "$out" --no-gitignore \
    --no-pack -- "$@"
  rm -f "$out/package.json" "$out/README.md" "$out/.gitignore"
  # A function called from one place only is inlined there only when it is small (-ocimfs; by default always,
  # whatever its size): inlined, it is compiled with its caller whether it runs or not (V8 compiles each function
  # the first time it is called), and it makes the caller's loops look hot to V8's tiering. The page's first check
  # compiles a fifth less code, and no function is recompiled by the optimising compiler while the page opens;
  # the module is no larger (BENCHMARKS.md).
  # The module's memory is its own, zero when it starts (--zero-filled-memory); Rust places its data above 1 MB and
  # the stack below it, which never runs down to the first KB: the readers bound their depth (--low-memory-unused).
  # wasm-opt folds in what it knows of both: 2.6 KB gzip off the core module.
  # shellcheck disable=SC2086
  npx --no-install wasm-opt -Oz --one-caller-inline-max-function-size 100 --zero-filled-memory --low-memory-unused \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals $features \
    "$out/patlint_bg.wasm" -o "$out/patlint_bg.opt.wasm"
  mv "$out/patlint_bg.opt.wasm" "$out/patlint_bg.wasm"
  echo "$out/patlint_bg.wasm: $(wc -c < "$out/patlint_bg.wasm") bytes, $(gzip -9c "$out/patlint_bg.wasm" | wc -c) gzip"
}
