// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package fsutil

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"time"
)

// Stamp identifies one version of a file: its device, inode, size and
// change time. Writing to a file, renaming another over it or changing
// its mode gives it a new change time, which no program can set back,
// so a file whose stamp is the one seen when it was last read or written
// holds what it held then. A backend that remembers the stamps of its
// files need not read them again to know they are unchanged (as git's
// index and make do). The zero Stamp is no file: where stamps are not
// available, every file has it and is read.
type Stamp struct {
	dev, ino, size, ctimeSec, ctimeNsec int64
}

// StatStamp returns the stamp of the file at path, or the zero Stamp
// when it cannot be told (no such file, another error, no stamps on
// this system).
func StatStamp(path string) Stamp {
	return statStamp(path)
}

// ReadUpToStamped returns the contents of a file when it is at most
// size bytes long, and size+1 bytes of it otherwise: enough to tell
// whether it is equal to something of that size, in one read. It also
// returns the stamp of the version it read. A file that does not exist
// is nil and the zero Stamp, without an error.
func ReadUpToStamped(path string, size int) ([]byte, Stamp, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, Stamp{}, nil
	}
	if err != nil {
		return nil, Stamp{}, err
	}
	defer f.Close()
	stamp := fileStamp(f)
	buf := make([]byte, size+1)
	n, err := io.ReadFull(f, buf)
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = nil
	}
	return buf[:n], stamp, err
}

// ReadFileStamped is os.ReadFile, which also returns the stamp of the
// version of the file it read.
func ReadFileStamped(path string) ([]byte, Stamp, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, Stamp{}, err
	}
	defer f.Close()
	stamp := fileStamp(f)
	data, err := io.ReadAll(f)
	return data, stamp, err
}

// RacyWindow is how recently a file may have changed for its stamp to
// be trusted. The kernel gives change times from a clock that ticks a
// few milliseconds at a time, so a file changed again within the tick
// of its last change can keep its stamp; a stamp taken when the change
// time was already this far in the past cannot be repeated by a later
// change.
const RacyWindow = 100 * time.Millisecond

// Settled says whether the stamp can be trusted to tell the file's
// later changes: it is a file's, and was taken at now, more than
// RacyWindow after the file last changed.
func (s Stamp) Settled(now time.Time) bool {
	return s != (Stamp{}) && time.Unix(s.ctimeSec, s.ctimeNsec).Before(now.Add(-RacyWindow))
}
