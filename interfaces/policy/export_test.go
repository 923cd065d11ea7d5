// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

// PrecompiledSum returns the SHA-256 sum, in hexadecimal, of the text
// builtin_precompiled.go was compiled from.
func PrecompiledSum() string { return precompiledSum }

// CompileBuiltin compiles text as the built-in declaration is compiled:
// from the precompiled rules when it is their text, else by parsing.
func CompileBuiltin(text []byte) (*Declaration, error) { return compileBuiltin(text) }
