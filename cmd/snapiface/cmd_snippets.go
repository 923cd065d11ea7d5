// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"fmt"
	"io"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

func init() {
	addCommand(&command{
		name:    "snippets",
		usage:   "snippets SNAP_YAML [--plug NAME]... [--core]",
		summary: "connect a snap's plugs to the system and print each tag's policy snippets",
		run:     runSnippets,
	})
}

func runSnippets(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("snippets", stderr)
	var plugNames stringList
	fs.Var(&plugNames, "plug", "connect this plug (repeatable; default: every plug)")
	onCore := fs.Bool("core", false, "use the implicit slots of Ubuntu Core instead of classic")
	pos, err := parseArgs(fs, args, 1, 1)
	if err != nil {
		return err
	}
	kind := builtin.Classic
	if *onCore {
		kind = builtin.Core
	}
	sys, err := loadSystem(pos, kind)
	if err != nil {
		return err
	}
	sys.reportDropped(stderr)
	info := sys.snaps[0]
	name := info.InstanceName()

	// Policy is not consulted: every named plug is connected to the
	// system's slot of its interface, when there is one.
	var plugs []string
	if len(plugNames) == 0 {
		for _, plug := range sys.repo.Plugs(name) {
			plugs = append(plugs, plug.Name)
		}
	} else {
		plugs = plugNames
	}
	for _, plugName := range plugs {
		plug := sys.repo.Plug(name, plugName)
		if plug == nil {
			// A dropped plug was reported above, with its reason.
			if !sys.wasDropped(name, plugName) {
				fmt.Fprintf(stderr, "not connected: snap %q has no plug %q\n", name, plugName)
			}
			continue
		}
		slot := sys.systemSlot(plug)
		if slot == nil {
			fmt.Fprintf(stderr, "not connected: plug %s:%s: no %s slot on the %s system\n", name, plugName, plug.Interface, kind)
			continue
		}
		ref := interfaces.ConnRef{
			PlugRef: interfaces.PlugRef{Snap: name, Name: plug.Name},
			SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: slot.Name},
		}
		if _, err := sys.repo.Connect(ref, nil, nil); err != nil {
			return err
		}
	}

	aa, sc, err := sys.specs(name)
	if err != nil {
		return err
	}
	for _, tag := range info.SecurityTags() {
		fmt.Fprintf(stdout, "# apparmor %s\n%s", tag, aa.SnippetForTag(tag))
		fmt.Fprintf(stdout, "# seccomp %s\n%s", tag, sc.SnippetForTag(tag))
	}
	return nil
}
