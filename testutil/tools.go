// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package testutil

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"gopkg.in/check.v1"
)

// InCI says whether the tests run in CI, where a missing tool is a
// failure rather than a reason to skip.
func InCI() bool { return os.Getenv("CI") == "true" }

// RequireTool finds an executable on PATH (or at an absolute path). When
// it is missing the test fails in CI and is skipped elsewhere.
func RequireTool(c *check.C, name string) string {
	path, err := exec.LookPath(name)
	if err != nil {
		if filepath.IsAbs(name) {
			path, err = name, statExecutable(name)
		}
	}
	if err != nil {
		MissingTool(c, name+" is not installed")
	}
	return path
}

// MissingTool fails the test in CI, and skips it elsewhere, saying what
// is missing and how the project installs it.
func MissingTool(c *check.C, what string) {
	msg := what + " (make deps installs it)"
	if InCI() {
		c.Fatal(msg)
	}
	c.Skip(msg)
}

func statExecutable(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if fi.Mode()&0111 == 0 {
		return os.ErrPermission
	}
	return nil
}

// RepoRoot returns the root of the snapiface checkout, found from this
// file's own location.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// SharedDir returns the read-only shared directory beside the checkout
// (style guide, corpus, facts), or "" when there is none.
func SharedDir() string {
	dir := filepath.Join(filepath.Dir(RepoRoot()), "shared")
	if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
		return dir
	}
	return ""
}

// CorpusDir returns the directory of real snapcraft.yaml files in the
// shared directory, or "" when it is not there.
func CorpusDir() string {
	shared := SharedDir()
	if shared == "" {
		return ""
	}
	dir := filepath.Join(shared, "corpus")
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return ""
	}
	return dir
}

// CorpusFiles returns the real snapcraft.yaml files of the shared
// corpus, sorted, or nil when the corpus is not there.
func CorpusFiles() []string {
	dir := CorpusDir()
	if dir == "" {
		return nil
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	return files
}
