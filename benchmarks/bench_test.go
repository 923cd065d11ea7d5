// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package benchmarks_test

import (
	"context"
	"runtime"
	"testing"

	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
)

// BenchmarkPolicyReady makes the built-in base declaration ready for
// decisions, as a daemon does at start-up: composed from the catalogue
// and compiled (from its precompiled rules, once the composed text is
// found to be theirs). Per interface of the catalogue.
func BenchmarkPolicyReady(b *testing.B) {
	n := len(builtin.Interfaces())
	p := startPerUnit(b, n, "iface")
	for i := 0; i < b.N; i++ {
		if _, err := policy.NewBuiltinDeclaration(); err != nil {
			b.Fatal(err)
		}
	}
	p.stop()
}

// BenchmarkPolicyReadyParsed is BenchmarkPolicyReady with the composed
// text parsed, validated and compiled, as when the precompiled rules are
// stale (parse), after yaml.v2 alone unmarshalled the same text into
// interface{} (yaml.v2): what parsing cannot go below while it is
// yaml.v2's. Per interface of the catalogue.
func BenchmarkPolicyReadyParsed(b *testing.B) {
	n := len(builtin.Interfaces())
	text, err := policy.ComposeBaseDeclaration(builtin.Interfaces())
	if err != nil {
		b.Fatal(err)
	}
	b.Run("yaml.v2", func(b *testing.B) {
		p := startPerUnit(b, n, "iface")
		for i := 0; i < b.N; i++ {
			var v interface{}
			if err := yaml.Unmarshal(text, &v); err != nil {
				b.Fatal(err)
			}
		}
		p.stopAsYAMLBaseline()
	})
	b.Run("parse", func(b *testing.B) {
		p := startPerUnit(b, n, "iface")
		for i := 0; i < b.N; i++ {
			text, err := policy.ComposeBaseDeclaration(builtin.Interfaces())
			if err != nil {
				b.Fatal(err)
			}
			if _, err := policy.ParseDeclaration(text, policy.BuiltinFileName); err != nil {
				b.Fatal(err)
			}
		}
		p.stopOverYAML()
	})
}

// BenchmarkRepositorySetup registers every interface of the catalogue in
// a fresh repository and adds the system snap with its implicit slots.
// Per interface of the catalogue.
func BenchmarkRepositorySetup(b *testing.B) {
	n := len(builtin.Interfaces())
	p := startPerUnit(b, n, "iface")
	for i := 0; i < b.N; i++ {
		repo := builtin.NewRepository()
		if _, err := repo.AddSnap(builtin.SystemSnap(builtin.Classic)); err != nil {
			b.Fatal(err)
		}
	}
	p.stop()
}

// BenchmarkDaemonProfile computes the AppArmor and seccomp snippets of a
// daemon snap with one plug, multipass-support, connected to the system
// slot; the repository is already built.
func BenchmarkDaemonProfile(b *testing.B) {
	repo := newSystem(b)
	if _, err := repo.AddSnap(newSnap("multipass", []string{"multipassd"}, []string{"multipass-support"})); err != nil {
		b.Fatal(err)
	}
	if refs := connectAll(b, repo, "multipass"); len(refs) != 1 {
		b.Fatalf("connected %d plugs, want 1", len(refs))
	}
	if snippets(b, repo, "multipass") == 0 {
		b.Fatal("no snippets")
	}
	p := startPerUnit(b, 1, "profile")
	for i := 0; i < b.N; i++ {
		snippets(b, repo, "multipass")
	}
	p.stop()
}

// BenchmarkNewSpecifications allocates the two empty specifications
// that BenchmarkDaemonProfile fills: the part of it that is the cost of
// allocating memory on this machine, not of snapiface's work.
func BenchmarkNewSpecifications(b *testing.B) {
	p := startPerUnit(b, 1, "profile")
	for i := 0; i < b.N; i++ {
		specSink.aa = &apparmor.Specification{}
		specSink.sc = &seccomp.Specification{}
	}
	p.stop()
}

// specSink keeps the compiler from allocating specifications on the
// stack, as it cannot for a daemon's.
var specSink struct {
	aa *apparmor.Specification
	sc *seccomp.Specification
}

// BenchmarkAllImplicitConnections computes the AppArmor and seccomp
// snippets of a snap plugging every interface implicit on a classic
// system, each plug connected to the system slot; the repository is
// already built. Per connection.
func BenchmarkAllImplicitConnections(b *testing.B) {
	repo := newSystem(b)
	if _, err := repo.AddSnap(newSnap("everything", []string{"app"}, implicitPlugs(b))); err != nil {
		b.Fatal(err)
	}
	n := len(connectAll(b, repo, "everything"))
	p := startPerUnit(b, n, "conn")
	for i := 0; i < b.N; i++ {
		snippets(b, repo, "everything")
	}
	p.stop()
}

// BenchmarkAutoConnectDecision decides whether a plain app's network
// plug auto-connects to the system slot, with the built-in base
// declaration.
func BenchmarkAutoConnectDecision(b *testing.B) {
	base, err := policy.BuiltinDeclaration()
	if err != nil {
		b.Fatal(err)
	}
	iface, err := builtin.ByName("network")
	if err != nil {
		b.Fatal(err)
	}
	plug := newSnap("consumer", []string{"app"}, []string{"network"}).Plugs["network"]
	slot := builtin.SystemSnap(builtin.Classic).Slots["network"]
	cand := &policy.ConnectCandidate{Plug: plug, Slot: slot, BaseDeclaration: base, Interface: iface}
	p := startPerUnit(b, 1, "decision")
	for i := 0; i < b.N; i++ {
		if !cand.CheckAutoConnect().Allowed {
			b.Fatal("not allowed")
		}
	}
	p.stop()
}

// benchmarkWholeSystem adds n snaps of 3 apps and 8 plugs each to a
// repository, auto-connects them by policy and renders every profile
// and policy, as texts made of shared pieces (see interfaces.Text);
// with out not nil, each is also laid out in one buffer, reused, as
// writing it to a file would. The snaps' metadata is made before each
// run, with the timer stopped, and its garbage collected then, so that
// the run pays for the garbage of its own work only.
func benchmarkWholeSystem(b *testing.B, n int, out *[]byte) {
	base, err := policy.BuiltinDeclaration()
	if err != nil {
		b.Fatal(err)
	}
	pool := implicitPlugs(b)
	p := startPerUnit(b, n, "snap")
	for i := 0; i < b.N; i++ {
		p.pause()
		infos := systemSnaps(n, pool)
		runtime.GC()
		p.resume()
		if _, rendered := wholeSystem(b, base, infos, out); rendered != 2*3*n {
			b.Fatalf("rendered %d profiles and policies, want %d", rendered, 2*3*n)
		}
	}
	p.stop()
}

// BenchmarkWholeSystem200 is the whole system of 200 snaps.
func BenchmarkWholeSystem200(b *testing.B) { benchmarkWholeSystem(b, 200, nil) }

// BenchmarkWholeSystem400 is the whole system of 400 snaps: it must
// cost at most 2.2 times the 200.
func BenchmarkWholeSystem400(b *testing.B) { benchmarkWholeSystem(b, 400, nil) }

// BenchmarkWholeSystem200LaidOut is the whole system of 200 snaps with
// every text also laid out in full, byte by byte, in a buffer: what a
// daemon pays in copying when it writes the texts out.
func BenchmarkWholeSystem200LaidOut(b *testing.B) {
	out := make([]byte, 0, 64<<10)
	benchmarkWholeSystem(b, 200, &out)
}

// BenchmarkIncrementalConnect connects one plug on a system of 200
// snaps, re-renders the profiles and policies of the snaps the
// repository says the connection changes, then disconnects it and
// re-renders them again.
func BenchmarkIncrementalConnect(b *testing.B) {
	base, err := policy.BuiltinDeclaration()
	if err != nil {
		b.Fatal(err)
	}
	repo, _ := wholeSystem(b, base, systemSnaps(200, implicitPlugs(b)), nil)
	ref, ok := unconnectedPlug(repo)
	if !ok {
		b.Fatal("every plug is connected")
	}
	p := startPerUnit(b, 1, "connect")
	for i := 0; i < b.N; i++ {
		if _, err := repo.Connect(ref, nil, nil); err != nil {
			b.Fatal(err)
		}
		rerender(b, repo, ref)
		if err := repo.Disconnect(ref); err != nil {
			b.Fatal(err)
		}
		rerender(b, repo, ref)
	}
	p.stop()
}

// unconnectedPlug finds a plug that auto-connection left unconnected
// and that can be connected to the system slot of its interface.
func unconnectedPlug(repo *interfaces.Repository) (interfaces.ConnRef, bool) {
	connected := map[interfaces.PlugRef]bool{}
	for _, ref := range repo.Connections() {
		connected[ref.PlugRef] = true
	}
	for _, name := range repo.SnapNames() {
		for _, plug := range repo.Plugs(name) {
			ref := interfaces.PlugRef{Snap: name, Name: plug.Name}
			if !connected[ref] && repo.Slot(builtin.SystemSnapName, plug.Interface) != nil {
				return interfaces.ConnRef{PlugRef: ref, SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: plug.Interface}}, true
			}
		}
	}
	return interfaces.ConnRef{}, false
}

// rerender renders again the snaps that a connection changes.
func rerender(b *testing.B, repo *interfaces.Repository, ref interfaces.ConnRef) {
	for _, name := range repo.AffectedByConnection(ref) {
		render(b, repo, name, nil)
	}
}

// BenchmarkCompileSeccompPolicy compiles the seccomp policy of the
// multipass daemon to BPF with libseccomp, for the native architecture
// and its compat ones. It is reported, with no target: the cost is
// libseccomp's.
func BenchmarkCompileSeccompPolicy(b *testing.B) {
	repo := newSystem(b)
	if _, err := repo.AddSnap(newSnap("multipass", []string{"multipassd"}, []string{"multipass-support"})); err != nil {
		b.Fatal(err)
	}
	connectAll(b, repo, "multipass")
	spec := &seccomp.Specification{}
	if err := repo.SnapSpecification(spec, "multipass"); err != nil {
		b.Fatal(err)
	}
	policies, err := seccomp.RenderSnapPolicies(repo.Snap("multipass"), spec)
	if err != nil {
		b.Fatal(err)
	}
	text := policies[0].Text.String()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := compiler.Compile(context.Background(), text); err != nil {
			b.Fatal(err)
		}
	}
}
