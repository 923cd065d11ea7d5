// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// outSubdirs are what profile --out writes in its directory, and all
// that the directory may hold beforehand.
var outSubdirs = []string{"apparmor", "seccomp"}

// writeRendered writes DIR/apparmor/TAG and DIR/seccomp/TAG.src, and
// for each compiled filter its programs, in the order they are to be
// loaded: TAG.bin, then TAG.2.bin when denials needed a program of
// their own. An unrestricted (classic) policy compiles to no program.
// It returns a line per file written, saying its size.
//
// It writes all or nothing: every file goes into a new directory beside
// DIR, which then takes DIR's place (DIR, if it exists, moves aside
// first, and back if that fails), so that a failure part-way leaves DIR
// as it was and nothing beside it. DIR, if it exists, may hold only
// what an earlier --out wrote, apparmor/ and seccomp/, which the new
// set replaces whole: a stale profile of a snap rendered before does
// not survive into the new set.
func writeRendered(dir string, all []*rendered) ([]string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot write to %s: %w", dir, err)
	}
	exists, err := checkOutDir(dir)
	if err != nil {
		return nil, err
	}
	parent, base := filepath.Dir(abs), filepath.Base(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create output directory: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".new-")
	if err != nil {
		return nil, fmt.Errorf("cannot create output directory: %w", err)
	}
	defer os.RemoveAll(tmp) // gone already once it has taken DIR's place
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create output directory: %w", err)
	}
	for _, sub := range outSubdirs {
		if err := os.Mkdir(filepath.Join(tmp, sub), 0o755); err != nil {
			return nil, fmt.Errorf("cannot create output directory: %w", err)
		}
	}
	type file struct {
		name string // relative to the directory
		data []byte
	}
	var written []string
	for _, r := range all {
		files := []file{
			{filepath.Join("apparmor", r.tag), r.apparmor.Text.AppendTo(nil)},
			{filepath.Join("seccomp", r.tag+".src"), r.seccomp.Text.AppendTo(nil)},
		}
		if r.filter != nil {
			for i, program := range r.filter.Programs {
				name := r.tag + ".bin"
				if i > 0 {
					name = fmt.Sprintf("%s.%d.bin", r.tag, i+1)
				}
				files = append(files, file{filepath.Join("seccomp", name), program})
			}
		}
		for _, f := range files {
			path := filepath.Join(dir, f.name)
			if err := os.WriteFile(filepath.Join(tmp, f.name), f.data, 0o644); err != nil {
				return nil, fmt.Errorf("cannot write %s (nothing written): %w", path, unwrapPath(err))
			}
			written = append(written, fmt.Sprintf("wrote %s (%d bytes)", path, len(f.data)))
		}
	}
	if err := replaceDir(tmp, abs, exists); err != nil {
		return nil, fmt.Errorf("cannot write to %s (nothing written): %w", dir, err)
	}
	return written, nil
}

// checkOutDir checks that dir is absent, or a directory that holds at
// most what --out writes, and says whether it exists.
func checkOutDir(dir string) (exists bool, err error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("cannot write to %s: %w", dir, unwrapPath(err))
	}
	for _, e := range entries {
		if (e.Name() != outSubdirs[0] && e.Name() != outSubdirs[1]) || !e.IsDir() {
			return false, fmt.Errorf("cannot write to %s: it holds %q, which --out does not write; name a new directory, or one that only an earlier --out wrote to", dir, e.Name())
		}
	}
	return true, nil
}

// replaceDir puts directory tmp in the place of dir, which exists or
// not. An existing dir moves aside first, and back when tmp cannot take
// its place; it is removed once tmp has.
func replaceDir(tmp, dir string, exists bool) error {
	if !exists {
		return os.Rename(tmp, dir)
	}
	// A fresh name beside dir: os.Rename refuses to replace even an
	// empty directory.
	old, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".old-")
	if err != nil {
		return err
	}
	if err := os.Remove(old); err != nil {
		return err
	}
	if err := os.Rename(dir, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		if undo := os.Rename(old, dir); undo != nil {
			return fmt.Errorf("%w (and cannot move the earlier one back from %s: %v)", err, old, undo)
		}
		return err
	}
	return os.RemoveAll(old)
}

// unwrapPath drops the path an *os.PathError repeats, for messages that
// name the file already.
func unwrapPath(err error) error {
	if perr, ok := err.(*os.PathError); ok {
		return perr.Err
	}
	return err
}
