// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"testing"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
)

// BenchmarkCheckAutoConnect decides the auto-connection of a plain
// app's network plug to the system's slot with the built-in base
// declaration.
func BenchmarkCheckAutoConnect(b *testing.B) {
	base, err := policy.BuiltinDeclaration()
	if err != nil {
		b.Fatal(err)
	}
	iface, err := builtin.ByName("network")
	if err != nil {
		b.Skip(err)
	}
	consumer := newSnap("consumer", snap.TypeApp)
	plug := addPlug(consumer, "network", "network", nil)
	slot := builtin.SystemSnap(builtin.Classic).Slots["network"]
	cand := &policy.ConnectCandidate{Plug: plug, Slot: slot, BaseDeclaration: base, Interface: iface}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if !cand.CheckAutoConnect().Allowed {
			b.Fatal("not allowed")
		}
	}
}

// BenchmarkParseBuiltinDeclaration parses and compiles the built-in
// base declaration.
func BenchmarkParseBuiltinDeclaration(b *testing.B) {
	text, err := policy.BuiltinBaseDeclaration()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := policy.ParseDeclaration(text, policy.BuiltinFileName); err != nil {
			b.Fatal(err)
		}
	}
}
