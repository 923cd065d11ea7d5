// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor_test

import (
	"testing"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// benchmarkRenderFoo renders the profiles of snap foo (three tags, two
// interfaces, one of which adds a rule that needs FeatureUserNS) for a
// host: what the rules of ABI 4.0 cost where they are merged in, and
// where they are left out.
func benchmarkRenderFoo(b *testing.B, host apparmor.Host) {
	info, err := snap.InfoFromSnapYaml([]byte(fooYaml))
	if err != nil {
		b.Fatal(err)
	}
	system, err := snap.InfoFromSnapYaml([]byte(systemYaml))
	if err != nil {
		b.Fatal(err)
	}
	spec := &apparmor.Specification{}
	for _, conn := range []struct {
		iface interfaces.Interface
		plug  string
		slot  string
	}{{fakeNetwork, "net", "fake-network"}, {fakeObserve, "observe", "fake-observe"}} {
		plug := interfaces.NewConnectedPlug(info.Plugs[conn.plug], nil)
		slot := interfaces.NewConnectedSlot(system.Slots[conn.slot], nil)
		if err := spec.AddConnectedPlug(conn.iface, plug, slot); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := apparmor.RenderSnapProfiles(info, spec, host); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderABI30(b *testing.B) { benchmarkRenderFoo(b, testHost) }
func BenchmarkRenderABI40(b *testing.B) { benchmarkRenderFoo(b, testHost4) }
