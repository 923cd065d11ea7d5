// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"crypto/sha256"
	"encoding/hex"
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
// catalogue, compiled (see NewBuiltinDeclaration). It is compiled once,
// on first use rather than at start-up, so that a bad fragment fails a
// test (which calls this) instead of every program that imports the
// package.
func BuiltinDeclaration() (*Declaration, error) {
	b := &builtinBaseDeclaration
	b.compileOnce.Do(func() {
		text, err := BuiltinBaseDeclaration()
		if err != nil {
			b.compileErr = err
			return
		}
		b.decl, b.compileErr = compileBuiltin(text)
	})
	return b.decl, b.compileErr
}

// NewBuiltinDeclaration composes the base declaration of the catalogue
// and compiles it, afresh each time, as BuiltinDeclaration does once.
//
// The built-in declaration is constant, so its rules are compiled ahead
// of time, into builtin_precompiled.go, with the SHA-256 sum of the
// text they were compiled from. When the composed text has that sum,
// the precompiled rules are used and no YAML is parsed; when it has not
// (the catalogue changed since), the text is parsed. Either way the
// rules are those of the text: the two cannot disagree, and a test
// checks that the precompiled ones are current.
func NewBuiltinDeclaration() (*Declaration, error) {
	text, err := ComposeBaseDeclaration(builtin.Interfaces())
	if err != nil {
		return nil, err
	}
	return compileBuiltin(text)
}

func compileBuiltin(text []byte) (*Declaration, error) {
	sum := sha256.Sum256(text)
	var hexSum [2 * sha256.Size]byte
	hex.Encode(hexSum[:], sum[:])
	if string(hexSum[:]) != precompiledSum {
		return ParseDeclaration(text, BuiltinFileName)
	}
	d := precompiledDeclaration()
	d.file, d.src = BuiltinFileName, text
	d.link()
	d.index()
	return d, nil
}

// link sets what points back up from the rules of a declaration: a
// precompiled declaration is built without.
func (d *Declaration) link() {
	for _, rules := range []map[string]*Rule{d.Plugs, d.Slots} {
		for _, rule := range rules {
			rule.decl = d
			for _, sub := range rule.Subrules {
				if sub == nil {
					continue
				}
				sub.rule = rule
				for _, alt := range sub.Alternatives {
					alt.sub = sub
				}
			}
		}
	}
}
