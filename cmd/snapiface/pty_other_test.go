// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

//go:build !linux

package main

import (
	"errors"
	"os"
)

func openPty() (master, slave *os.File, err error) {
	return nil, nil, errors.New("pseudo-terminals are only opened on Linux here")
}
