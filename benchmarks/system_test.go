// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package benchmarks_test

import (
	"fmt"
	"math/rand"
	"sort"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// fataler is what the helpers fail with: a benchmark's *testing.B, or
// a test's *check.C.
type fataler interface {
	Fatal(args ...interface{})
}

// host is what every profile is rendered for.
var host = apparmor.Host{Revision: "1"}

// newSnap returns an app snap with the given apps and plugs, each plug
// named after its interface and bound to every app.
func newSnap(name string, apps []string, plugs []string) *snap.Info {
	info := &snap.Info{
		SuggestedName: name,
		Version:       "1",
		Type:          snap.TypeApp,
		Confinement:   snap.StrictConfinement,
		Apps:          make(map[string]*snap.AppInfo, len(apps)),
		Hooks:         map[string]*snap.HookInfo{},
		Plugs:         make(map[string]*snap.PlugInfo, len(plugs)),
		Slots:         map[string]*snap.SlotInfo{},
	}
	for _, app := range apps {
		info.Apps[app] = &snap.AppInfo{Snap: info, Name: app, Command: "bin/" + app,
			Plugs: make(map[string]*snap.PlugInfo, len(plugs)), Slots: map[string]*snap.SlotInfo{}}
	}
	for _, iface := range plugs {
		plug := &snap.PlugInfo{Snap: info, Name: iface, Interface: iface,
			Apps: make(map[string]*snap.AppInfo, len(apps)), Hooks: map[string]*snap.HookInfo{}}
		for _, app := range info.Apps {
			plug.Apps[app.Name] = app
			app.Plugs[iface] = plug
		}
		info.Plugs[iface] = plug
	}
	return info
}

// newSystem returns a repository of the catalogue holding the classic
// system snap.
func newSystem(tb fataler) *interfaces.Repository {
	repo := builtin.NewRepository()
	if _, err := repo.AddSnap(builtin.SystemSnap(builtin.Classic)); err != nil {
		tb.Fatal(err)
	}
	return repo
}

// implicitPlugs returns the interfaces that have an implicit slot on a
// classic system and whose bare plug the repository accepts, sorted.
func implicitPlugs(tb fataler) []string {
	var names []string
	for name := range builtin.SystemSnap(builtin.Classic).Slots {
		names = append(names, name)
	}
	sort.Strings(names)
	dropped, err := newSystem(tb).AddSnap(newSnap("probe", []string{"app"}, names))
	if err != nil {
		tb.Fatal(err)
	}
	refused := make(map[string]bool, len(dropped))
	for _, d := range dropped {
		refused[d.Name] = true
	}
	accepted := names[:0]
	for _, name := range names {
		if !refused[name] {
			accepted = append(accepted, name)
		}
	}
	return accepted
}

// connectAll connects every plug of a snap to the system slot of its
// interface, and returns the connections.
func connectAll(tb fataler, repo *interfaces.Repository, snapName string) []interfaces.ConnRef {
	var refs []interfaces.ConnRef
	for _, plug := range repo.Plugs(snapName) {
		ref := interfaces.ConnRef{
			PlugRef: interfaces.PlugRef{Snap: snapName, Name: plug.Name},
			SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: plug.Interface},
		}
		if _, err := repo.Connect(ref, nil, nil); err != nil {
			tb.Fatal(err)
		}
		refs = append(refs, ref)
	}
	return refs
}

// snippets computes both backends' specifications of a snap and the
// snippets of each of its tags, as a daemon does before writing them
// out; it returns their total length.
func snippets(tb fataler, repo *interfaces.Repository, snapName string) int {
	n := 0
	aa := &apparmor.Specification{}
	if err := repo.SnapSpecification(aa, snapName); err != nil {
		tb.Fatal(err)
	}
	for _, tag := range aa.SecurityTags() {
		n += len(aa.SnippetForTag(tag))
	}
	sc := &seccomp.Specification{}
	if err := repo.SnapSpecification(sc, snapName); err != nil {
		tb.Fatal(err)
	}
	for _, tag := range sc.SecurityTags() {
		n += len(sc.SnippetForTag(tag))
	}
	return n
}

// render computes both specifications of a snap and renders every
// AppArmor profile and seccomp policy of its apps and hooks; it returns
// how many it rendered. With out not nil, it also lays each text out
// at the end of *out, as writing it to a file would.
func render(tb fataler, repo *interfaces.Repository, snapName string, out *[]byte) int {
	info := repo.Snap(snapName)
	aa := &apparmor.Specification{}
	if err := repo.SnapSpecification(aa, snapName); err != nil {
		tb.Fatal(err)
	}
	profiles, err := apparmor.RenderSnapProfiles(info, aa, host)
	if err != nil {
		tb.Fatal(err)
	}
	sc := &seccomp.Specification{}
	if err := repo.SnapSpecification(sc, snapName); err != nil {
		tb.Fatal(err)
	}
	policies, err := seccomp.RenderSnapPolicies(info, sc)
	if err != nil {
		tb.Fatal(err)
	}
	if out != nil {
		for _, p := range profiles {
			*out = p.Text.AppendTo((*out)[:0])
		}
		for _, p := range policies {
			*out = p.Text.AppendTo((*out)[:0])
		}
	}
	return len(profiles) + len(policies)
}

// systemSnaps returns n app snaps, each with 3 apps and 8 plugs drawn
// (the same on every call) from the interfaces in pool.
func systemSnaps(n int, pool []string) []*snap.Info {
	rng := rand.New(rand.NewSource(int64(n)))
	apps := []string{"cli", "daemon", "helper"}
	infos := make([]*snap.Info, n)
	for i := range infos {
		perm := rng.Perm(len(pool))[:8]
		plugs := make([]string, len(perm))
		for j, k := range perm {
			plugs[j] = pool[k]
		}
		infos[i] = newSnap(fmt.Sprintf("snap%03d", i), apps, plugs)
	}
	return infos
}

// wholeSystem adds the snaps to a fresh repository after the system
// snap, auto-connects each by policy and renders every profile and
// policy (see render for out); it returns the repository and how many
// it rendered.
func wholeSystem(tb fataler, base *policy.Declaration, infos []*snap.Info, out *[]byte) (*interfaces.Repository, int) {
	repo := newSystem(tb)
	for _, info := range infos {
		if _, err := repo.AddSnap(info); err != nil {
			tb.Fatal(err)
		}
		if _, _, err := policy.AutoConnect(repo, base, nil, policy.System{}, info.InstanceName()); err != nil {
			tb.Fatal(err)
		}
	}
	rendered := 0
	for _, info := range infos {
		rendered += render(tb, repo, info.InstanceName(), out)
	}
	return repo, rendered
}
