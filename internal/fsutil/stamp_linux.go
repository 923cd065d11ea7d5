// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package fsutil

import (
	"os"
	"syscall"
)

func statStamp(path string) Stamp {
	var st syscall.Stat_t
	if err := syscall.Stat(path, &st); err != nil {
		return Stamp{}
	}
	return stampOf(&st)
}

func fileStamp(f *os.File) Stamp {
	var st syscall.Stat_t
	if err := syscall.Fstat(int(f.Fd()), &st); err != nil {
		return Stamp{}
	}
	return stampOf(&st)
}

func stampOf(st *syscall.Stat_t) Stamp {
	return Stamp{
		dev: int64(st.Dev), ino: int64(st.Ino), size: st.Size,
		ctimeSec: int64(st.Ctim.Sec), ctimeNsec: int64(st.Ctim.Nsec),
	}
}
