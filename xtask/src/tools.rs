//! The web toolchain, pinned and installed once per user: Trunk, the wasm-bindgen CLI whose
//! version equals the `wasm-bindgen` crate in Cargo.lock, wasm-opt from npm's `binaryen`
//! package (Debian's binaryen is too old to read what rustc writes), and npm's `axe-core` for the
//! browser tests' accessibility checks. Each lives in its own folder under
//! `~/.cache/ballot-tracker/tools/NAME-VERSION`, shared by every clone and CI run on the machine;
//! nothing outside that folder changes, and PATH is extended only for the commands xtask runs.

use std::path::PathBuf;

use anyhow::{Context, bail};
use xshell::{Shell, cmd};

/// Trunk 0.22 needs a newer rustc than this project's minimum; 0.21.14 builds offline.
const TRUNK_VERSION: &str = "0.21.14";
/// npm's `binaryen` ships wasm-opt (compiled to run on Node.js); Trunk.toml names its version.
const BINARYEN_VERSION: &str = "132.0.0";
/// npm's `axe-core`: the accessibility checker the browser tests run inside each page.
const AXE_CORE_VERSION: &str = "4.14.1";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

pub struct Toolbox {
    trunk_bin: PathBuf,
    wasm_bindgen_bin: PathBuf,
    wasm_opt_bin: PathBuf,
    axe_core_script: PathBuf,
}

impl Toolbox {
    /// Adds the wasm32 target and installs the pinned tools when they are missing.
    pub fn ensure(sh: &Shell) -> anyhow::Result<Self> {
        ensure_wasm_target(sh)?;
        let wasm_bindgen_version = locked_version(sh, "wasm-bindgen")?;
        check_trunk_pin(sh, &wasm_bindgen_version)?;
        let trunk_bin = install(sh, "trunk", "trunk", TRUNK_VERSION, true)?;
        // `--locked` can hit a yanked dependency of wasm-bindgen-cli; its own ranges resolve fine.
        let wasm_bindgen_bin = install(sh, "wasm-bindgen", "wasm-bindgen-cli", &wasm_bindgen_version, false)?;
        let wasm_opt = install_from_npm(sh, "binaryen", BINARYEN_VERSION, "node_modules/.bin/wasm-opt")?;
        let wasm_opt_bin = wasm_opt.parent().context("wasm-opt's folder")?.to_owned();
        let axe_core_script = install_from_npm(sh, "axe-core", AXE_CORE_VERSION, "node_modules/axe-core/axe.min.js")?;
        Ok(Self { trunk_bin, wasm_bindgen_bin, wasm_opt_bin, axe_core_script })
    }

    pub fn trunk(&self) -> PathBuf {
        self.trunk_bin.join("trunk")
    }

    /// `axe.min.js`, which the browser tests load into each page they check.
    pub fn axe_core_script(&self) -> &std::path::Path {
        &self.axe_core_script
    }

    pub fn wasm_bindgen_test_runner(&self) -> PathBuf {
        self.wasm_bindgen_bin.join("wasm-bindgen-test-runner")
    }

    /// PATH with the pinned tools first, for the commands xtask starts.
    pub fn path_with_tools(&self) -> anyhow::Result<std::ffi::OsString> {
        let current = std::env::var_os("PATH").unwrap_or_default();
        let dirs = [self.wasm_bindgen_bin.clone(), self.trunk_bin.clone(), self.wasm_opt_bin.clone()]
            .into_iter()
            .chain(std::env::split_paths(&current));
        Ok(std::env::join_paths(dirs)?)
    }
}

fn tools_dir() -> anyhow::Result<PathBuf> {
    let cache = match std::env::var_os("XDG_CACHE_HOME") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => PathBuf::from(std::env::var_os("HOME").context("HOME is not set")?).join(".cache"),
    };
    Ok(cache.join("ballot-tracker").join("tools"))
}

fn ensure_wasm_target(sh: &Shell) -> anyhow::Result<()> {
    let installed = cmd!(sh, "rustup target list --installed")
        .quiet()
        .read()
        .context("rustup is needed to add the wasm32 target")?;
    if !installed.lines().any(|line| line.trim() == WASM_TARGET) {
        eprintln!("==> Adding the {WASM_TARGET} Rust target (rustup)");
        cmd!(sh, "rustup target add {WASM_TARGET}").run()?;
    }
    Ok(())
}

/// The version of `package` in Cargo.lock (exactly one must be locked).
fn locked_version(sh: &Shell, package: &str) -> anyhow::Result<String> {
    let lock: toml::Table = sh.read_file("Cargo.lock")?.parse().context("reading Cargo.lock")?;
    let versions: Vec<&str> = lock["package"]
        .as_array()
        .context("Cargo.lock has no packages")?
        .iter()
        .filter(|p| p["name"].as_str() == Some(package))
        .filter_map(|p| p["version"].as_str())
        .collect();
    match versions.as_slice() {
        [version] => Ok((*version).to_owned()),
        [] => bail!("{package} is not in Cargo.lock"),
        many => bail!("Cargo.lock has several {package} versions ({many:?}); the web build needs exactly one"),
    }
}

fn check_trunk_pin(sh: &Shell, wasm_bindgen_version: &str) -> anyhow::Result<()> {
    let trunk_toml: toml::Table = sh.read_file("Trunk.toml")?.parse().context("reading Trunk.toml")?;
    let pinned = |tool: &str| trunk_toml.get("tools").and_then(|t| t.get(tool)).and_then(|v| v.as_str());
    if pinned("wasm_bindgen") != Some(wasm_bindgen_version) {
        bail!(
            "Trunk.toml pins wasm_bindgen = {:?} but Cargo.lock has wasm-bindgen {wasm_bindgen_version}: \
             set [tools] wasm_bindgen = \"{wasm_bindgen_version}\" in Trunk.toml",
            pinned("wasm_bindgen")
        );
    }
    let binaryen_major = BINARYEN_VERSION.split('.').next().unwrap_or_default();
    let wanted = format!("version_{binaryen_major}");
    if pinned("wasm_opt") != Some(wanted.as_str()) {
        bail!("Trunk.toml must pin [tools] wasm_opt = \"{wanted}\", the wasm-opt xtask installs");
    }
    Ok(())
}

/// Installs an npm package into its own folder unless it is there; returns the path of `wanted`
/// (a file of the package, relative to that folder).
fn install_from_npm(sh: &Shell, package: &str, version: &str, wanted: &str) -> anyhow::Result<PathBuf> {
    let root = tools_dir()?.join(format!("{package}-{version}"));
    let file = root.join(wanted);
    if file.is_file() {
        return Ok(file);
    }
    eprintln!("==> Installing {package} {version} (npm) into {} (first time only)", root.display());
    std::fs::create_dir_all(&root)?;
    // The registry's integrity check covers the download; no install script of it runs.
    cmd!(sh, "npm install --ignore-scripts --no-audit --no-fund --prefix {root} {package}@{version}")
        .run()
        .with_context(|| format!("{package} comes from npm: Node.js and npm are needed"))?;
    if !file.is_file() {
        bail!("npm installed {package} but {} is missing", file.display());
    }
    Ok(file)
}

/// Installs `krate` at `version` into its own folder unless it is already there; returns its bin folder.
fn install(sh: &Shell, name: &str, krate: &str, version: &str, locked: bool) -> anyhow::Result<PathBuf> {
    let root = tools_dir()?.join(format!("{name}-{version}"));
    let bin = root.join("bin");
    if bin.join(name).is_file() {
        return Ok(bin);
    }
    eprintln!(
        "==> Installing {krate} {version} into {} (first time on this machine only; this takes several minutes)",
        root.display()
    );
    let locked = locked.then_some("--locked");
    cmd!(sh, "cargo install {krate} --version {version} {locked...} --root {root}").run()?;
    if !bin.join(name).is_file() {
        bail!("cargo install {krate} finished but {} is missing", bin.join(name).display());
    }
    Ok(bin)
}
