// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Command daemon is a daemon's flow, from snap.yaml files to the
// confinement on disk, as a program: it adds the snaps to a repository
// of the catalogue, connects what policy auto-connects and the plugs
// named (after a manual-connection check), and sets every snap up with
// the AppArmor and seccomp backends under a root directory. `make demo`
// runs it on the example snap, then runs one of its commands under the
// compiled filter with `snapiface exec`.
//
//	go run ./examples/daemon --root DIR [--plug SNAP:PLUG]... SNAP_YAML...
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	aabackend "github.com/snapiface/snapiface/interfaces/apparmor/backend"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	scbackend "github.com/snapiface/snapiface/interfaces/seccomp/backend"
	"github.com/snapiface/snapiface/snap"
)

type plugList []string

func (l *plugList) String() string     { return strings.Join(*l, ",") }
func (l *plugList) Set(v string) error { *l = append(*l, v); return nil }

func main() {
	root := flag.String("root", "", "the root directory to set the snaps up in")
	revision := flag.String("revision", "x1", "the revision the snaps are set up as")
	var plugs plugList
	flag.Var(&plugs, "plug", "connect SNAP:PLUG to the system's slot of its interface (repeatable)")
	flag.Parse()
	if *root == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: daemon --root DIR [--plug SNAP:PLUG]... SNAP_YAML...")
		os.Exit(2)
	}
	if err := run(*root, *revision, plugs, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "daemon:", err)
		os.Exit(1)
	}
}

func run(root, revision string, plugs, files []string) error {
	ctx := context.Background()
	repo := builtin.NewRepository()
	if _, err := repo.AddSnap(builtin.SystemSnap(builtin.Classic)); err != nil {
		return err
	}
	base, err := policy.BuiltinDeclaration()
	if err != nil {
		return err
	}
	var names []string
	for _, file := range files {
		info, err := snap.ReadInfo(file)
		if err != nil {
			return err
		}
		if _, err := repo.AddSnap(info); err != nil {
			return err
		}
		names = append(names, info.InstanceName())
	}
	for _, name := range names {
		if _, _, err := policy.AutoConnect(repo, base, nil, policy.System{}, name); err != nil {
			return err
		}
	}
	for _, spec := range plugs {
		snapName, plugName, _ := strings.Cut(spec, ":")
		plug := repo.Plug(snapName, plugName)
		if plug == nil {
			return fmt.Errorf("no plug %q", spec)
		}
		ref := interfaces.ConnRef{
			PlugRef: interfaces.PlugRef{Snap: snapName, Name: plugName},
			SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: plug.Interface},
		}
		decision, err := policy.CheckManualConnection(repo, base, nil, policy.System{}, ref)
		if err != nil {
			return err
		}
		if !decision.Allowed {
			return fmt.Errorf("cannot connect %s: %v", ref, decision.Err())
		}
		if _, err := repo.Connect(ref, nil, nil); err != nil {
			return err
		}
	}
	for _, ref := range repo.Connections() {
		fmt.Printf("connected %s\n", ref)
	}

	backends := []interfaces.SecurityBackend{
		aabackend.New(aabackend.Config{Root: root, Host: apparmor.Host{Revision: revision}}),
		scbackend.New(root),
	}
	results, err := interfaces.SetupSnaps(ctx, repo, names, interfaces.SetupOptions{}, backends...)
	for _, res := range results {
		fmt.Printf("%s %s: %d files written, %d removed, %d compiled", res.Backend, res.Snap, len(res.Written), len(res.Removed), res.Compiled)
		if res.Note != "" {
			fmt.Printf(" (%s)", res.Note)
		}
		fmt.Println()
	}
	return err
}
