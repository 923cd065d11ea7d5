// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"sync"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

var builtinBaseDeclaration struct {
	once sync.Once
	text []byte
	err  error
}

// BuiltinBaseDeclaration returns the base declaration composed from the
// catalogue. It is composed once; callers must not modify the result.
func BuiltinBaseDeclaration() ([]byte, error) {
	b := &builtinBaseDeclaration
	b.once.Do(func() {
		b.text, b.err = ComposeBaseDeclaration(builtin.Interfaces())
	})
	return b.text, b.err
}
