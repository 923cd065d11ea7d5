// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

// PrecompiledSum returns the SHA-256 sum, in hexadecimal, of the text
// builtin_precompiled.go was compiled from.
func PrecompiledSum() string { return precompiledSum }

// CompileBuiltin compiles text as the built-in declaration is compiled:
// from the precompiled rules when it is their text, else by parsing.
func CompileBuiltin(text []byte) (*Declaration, error) { return compileBuiltin(text) }

// MatchPattern compiles expr as a declaration's expression and matches
// value against it.
func MatchPattern(expr, value string) (bool, error) {
	p, err := compilePattern(expr)
	if err != nil {
		return false, err
	}
	return p.match(value), nil
}

// PatternIsLiteral says whether expr matches by equality.
func PatternIsLiteral(expr string) bool {
	p, err := compilePattern(expr)
	return err == nil && p.re == nil
}

// Validators are the hand-written checks of identifiers, by name.
var Validators = map[string]func(string) bool{
	"snap-id":   validSnapID,
	"account":   validAccountID,
	"store":     validStoreID,
	"model":     validModelName,
	"distro":    validDistroID,
	"attribute": validAttrName,
}

// OtherSideAttr is otherSideAttr.
func OtherSideAttr(s string) (side, path string, ok bool) { return otherSideAttr(s) }
