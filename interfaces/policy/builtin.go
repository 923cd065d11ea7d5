// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"sync"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

// BuiltinFileName is the name the built-in base declaration goes by in
// errors and explanations.
const BuiltinFileName = "base-declaration.yaml"

var builtinBaseDeclaration struct {
	once sync.Once
	text []byte
	err  error

	compileOnce sync.Once
	decl        *Declaration
	compileErr  error
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

// BuiltinDeclaration returns the base declaration composed from the
// catalogue, parsed and compiled. It is compiled once, on first use
// rather than at start-up, so that a bad fragment fails a test (which
// calls this) instead of every program that imports the package.
func BuiltinDeclaration() (*Declaration, error) {
	b := &builtinBaseDeclaration
	b.compileOnce.Do(func() {
		text, err := BuiltinBaseDeclaration()
		if err != nil {
			b.compileErr = err
			return
		}
		b.decl, b.compileErr = ParseDeclaration(text, BuiltinFileName)
	})
	return b.decl, b.compileErr
}
