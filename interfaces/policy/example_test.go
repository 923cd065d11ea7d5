// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"bytes"
	"fmt"
	"log"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// origins returns the interfaces that added lines 1 to n, sorted.
func origins(n int, origin func(line int) string) []string {
	seen := map[string]bool{}
	var out []string
	for line := 1; line <= n; line++ {
		if iface := origin(line); iface != "" && !seen[iface] {
			seen[iface] = true
			out = append(out, iface)
		}
	}
	sort.Strings(out)
	return out
}

// A daemon's flow: the catalogue and the system's implicit slots, a
// snap, what policy auto-connects, and the snap's profiles and policies
// rendered and written out.
func Example_daemon() {
	info, err := snap.InfoFromSnapYaml([]byte(`name: web
version: "1"
apps:
  server:
    command: bin/server
    plugs: [network, network-bind, home]
`))
	if err != nil {
		log.Fatal(err)
	}
	repo := builtin.NewRepository()
	if _, err := repo.AddSnap(builtin.SystemSnap(builtin.Classic)); err != nil {
		log.Fatal(err)
	}
	if _, err := repo.AddSnap(info); err != nil {
		log.Fatal(err)
	}
	base, err := policy.BuiltinDeclaration()
	if err != nil {
		log.Fatal(err)
	}
	connected, _, err := policy.AutoConnect(repo, base, nil, policy.System{}, "web")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("auto-connected:", len(connected))

	aa, sc := &apparmor.Specification{}, &seccomp.Specification{}
	if err := repo.SnapSpecification(aa, "web"); err != nil {
		log.Fatal(err)
	}
	if err := repo.SnapSpecification(sc, "web"); err != nil {
		log.Fatal(err)
	}
	profiles, err := apparmor.RenderSnapProfiles(info, aa, apparmor.Host{Revision: "42"})
	if err != nil {
		log.Fatal(err)
	}
	policies, err := seccomp.RenderSnapPolicies(info, sc)
	if err != nil {
		log.Fatal(err)
	}
	for i, p := range profiles {
		// A daemon writes to a file; a buffer stands in for it here.
		var file bytes.Buffer
		if _, err := p.Text.WriteTo(&file); err != nil {
			log.Fatal(err)
		}
		fmt.Println(p.Tag, "written:", p.Text.Equal(file.Bytes()))
		fmt.Println("  AppArmor rules from", origins(len(p.Lines()), p.Origin))
		fmt.Println("  seccomp rules from", origins(len(strings.Split(policies[i].Text.String(), "\n")), policies[i].InterfaceAt))
	}
	// Output:
	// auto-connected: 3
	// snap.web.server written: true
	//   AppArmor rules from [home network network-bind]
	//   seccomp rules from [network network-bind]
}
