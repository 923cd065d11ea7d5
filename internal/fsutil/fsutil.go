// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package fsutil holds the file handling the security backends share:
// files written whole or not at all, read only as far as they can be
// equal to what is expected, and directories synced after renames.
package fsutil

import (
	"io/fs"
	"os"
	"sync"
)

// WriteTemp writes data to a new file in dir, named pattern with a
// random suffix (see os.CreateTemp), flushes it to disk and gives it
// mode perm. The caller renames it over the file it replaces, which
// readers then see whole, old or new, even across a crash. On failure
// nothing is left behind.
func WriteTemp(dir, pattern string, data []byte, perm fs.FileMode) (path string, err error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return "", err
	}
	if err := finish(f, data, perm); err != nil {
		return "", err
	}
	return f.Name(), nil
}

// finish writes data to a new file, gives it its mode, flushes and
// closes it, or removes it.
func finish(f *os.File, data []byte, perm fs.FileMode) (err error) {
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(perm); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	return f.Close()
}

// WriteNew writes data to a new file at path, which must not exist,
// flushes it to disk and gives it mode perm. On failure nothing is
// left behind.
func WriteNew(path string, data []byte, perm fs.FileMode) (err error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	return finish(f, data, perm)
}

// bufs holds the buffers of GetBuffer.
var bufs = sync.Pool{New: func() any { return new([]byte) }}

// GetBuffer returns an empty buffer with room for at least n bytes, for
// laying out a text to compare or hash; PutBuffer gives it back.
func GetBuffer(n int) *[]byte {
	buf := bufs.Get().(*[]byte)
	if cap(*buf) < n {
		*buf = make([]byte, 0, 2*n)
	}
	*buf = (*buf)[:0]
	return buf
}

// PutBuffer gives back a buffer of GetBuffer.
func PutBuffer(buf *[]byte) { bufs.Put(buf) }

// SyncDir flushes a directory to disk, so that the renames and removals
// in it survive a crash.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
