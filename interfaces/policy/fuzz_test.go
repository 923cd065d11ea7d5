// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"errors"
	"testing"

	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
)

// fuzzSeeds are declarations that reach every part of the parser: each
// subrule and constraint key, alternatives, attribute matchers, and the
// usual mistakes.
var fuzzSeeds = []string{
	"",
	"type: base-declaration\nplugs:\n  x: true\nslots:\n  x: false\n",
	"snap-name: foo\nsnap-id: abc\npublisher-id: acme\nplugs:\n  x:\n    allow-auto-connection: true\n",
	"plugs:\n  x:\n    allow-installation:\n      plug-snap-type: [core]\n      on-classic: [ubuntu, fedora/*]\n    deny-auto-connection: true\n",
	"slots:\n  x:\n    allow-connection:\n      - plug-attributes:\n          content: $SLOT(content)\n        slots-per-plug: \"*\"\n      - plug-names: [$INTERFACE]\n        slot-publisher-id: [$PLUG_PUBLISHER_ID]\n",
	"slots:\n  x:\n    allow-auto-connection:\n      plug-attributes:\n        - a: [b, $MISSING]\n        - c:\n            d.e: \"1\"\n      on-model: [acme/box]\n      on-store: [s]\n      on-brand: [acme]\n      on-core-desktop: true\n",
	"plugs:\n  x:\n    allow-connection:\n      - - a\n      - true\n      - {}\n",
	"plugs:\n  x:\n    allow-connection:\n      plug-names: [\"(\"]\n      slots-per-plug: 0\n",
	"plugs: [\n",
	"plugs:\n  y: true\n  1: false\n",
	"plugs: &a\n  x: *a\n",
}

func FuzzParseDeclaration(f *testing.F) {
	if text, err := policy.BuiltinBaseDeclaration(); err == nil {
		f.Add(text)
	}
	for _, seed := range fuzzSeeds {
		f.Add([]byte(seed))
	}
	consumer := newSnap("consumer", snap.TypeApp)
	plug := addPlug(consumer, "p", "x", attrs{"a": "b", "c": attrs{"d": attrs{"e": int64(1)}}, "content": []interface{}{"x"}})
	provider := newSnap("provider", snap.TypeGadget)
	slot := addSlot(provider, "s", "x", attrs{"content": []interface{}{"x"}})
	f.Fuzz(func(t *testing.T, data []byte) {
		decl, err := policy.ParseDeclaration(data, "fuzz.yaml")
		if err != nil {
			var list policy.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not a non-empty ErrorList: %#v", err)
			}
			_ = err.Error()
			return
		}
		// Whatever parses must decide and explain without panicking.
		for name := range decl.Plugs {
			plug.Interface, slot.Interface = name, name
			cand := &policy.ConnectCandidate{Plug: plug, Slot: slot, BaseDeclaration: decl, PlugSnapDeclaration: decl}
			_ = cand.Check().Explain()
			_ = cand.CheckAutoConnect().Explain()
			ic := &policy.InstallCandidate{Snap: consumer, BaseDeclaration: decl, System: policy.System{OnCore: true}}
			_ = ic.Check().Explain()
		}
		for name := range decl.Slots {
			plug.Interface, slot.Interface = name, name
			cand := &policy.ConnectCandidate{Plug: plug, Slot: slot, BaseDeclaration: decl, SlotSnapDeclaration: decl}
			_ = cand.Check().Explain()
			ic := &policy.InstallCandidate{Snap: provider, BaseDeclaration: decl}
			_ = ic.Check().Explain()
		}
	})
}
