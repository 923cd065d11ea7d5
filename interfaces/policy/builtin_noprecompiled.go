// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

//go:build nobuiltinprecompiled

package policy

// With the nobuiltinprecompiled build tag, builtin_precompiled.go is left
// out and the built-in declaration is always parsed. The tag is for
// regenerating that file when it no longer compiles, after a change to
// the compiled types:
//
//	go test -tags nobuiltinprecompiled ./interfaces/policy -check.f Precompiled -update

const precompiledSum = ""

func precompiledDeclaration() *Declaration { return nil }
