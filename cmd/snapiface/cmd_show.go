// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

func init() {
	addCommand(&command{
		name:    "show",
		usage:   "show NAME [--json]",
		summary: "show an interface: static info, base-declaration rules, policy text",
		run:     runShow,
	})
}

// policyTexts is the text a backend adds for each hook of an interface;
// empty hooks are left out of the JSON.
type policyTexts struct {
	ConnectedPlug string `json:"connected-plug,omitempty"`
	ConnectedSlot string `json:"connected-slot,omitempty"`
	PermanentPlug string `json:"permanent-plug,omitempty"`
	PermanentSlot string `json:"permanent-slot,omitempty"`
}

func (t policyTexts) Empty() bool { return t == policyTexts{} }

type showOutput struct {
	Name              string       `json:"name"`
	Summary           string       `json:"summary"`
	DocURL            string       `json:"doc-url,omitempty"`
	ImplicitOnCore    bool         `json:"implicit-on-core"`
	ImplicitOnClassic bool         `json:"implicit-on-classic"`
	BaseDeclaration   baseDeclJSON `json:"base-declaration"`
	// NotRendered names the backends a daemon must handle itself.
	NotRendered []string     `json:"not-rendered"`
	AppArmor    *policyTexts `json:"apparmor,omitempty"`
	Seccomp     *policyTexts `json:"seccomp,omitempty"`
}

type baseDeclJSON struct {
	Plugs string `json:"plugs"`
	Slots string `json:"slots"`
}

func runShow(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("show", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseArgs(fs, args, 1, 1)
	if err != nil {
		return err
	}
	iface, err := builtin.ByName(pos[0])
	if err != nil {
		return err
	}
	out, err := describe(iface)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, out)
	}
	fmt.Fprintf(stdout, "name:                %s\n", out.Name)
	fmt.Fprintf(stdout, "summary:             %s\n", out.Summary)
	if out.DocURL != "" {
		fmt.Fprintf(stdout, "doc-url:             %s\n", out.DocURL)
	}
	fmt.Fprintf(stdout, "implicit-on-core:    %t\n", out.ImplicitOnCore)
	fmt.Fprintf(stdout, "implicit-on-classic: %t\n", out.ImplicitOnClassic)
	if len(out.NotRendered) > 0 {
		fmt.Fprintf(stdout, "not-rendered:        %s\n", strings.Join(out.NotRendered, ", "))
	}
	section(stdout, "base-declaration plugs", out.BaseDeclaration.Plugs)
	section(stdout, "base-declaration slots", out.BaseDeclaration.Slots)
	for _, backend := range []struct {
		name  string
		texts *policyTexts
	}{{"apparmor", out.AppArmor}, {"seccomp", out.Seccomp}} {
		if backend.texts == nil {
			continue
		}
		section(stdout, backend.name+" connected-plug", backend.texts.ConnectedPlug)
		section(stdout, backend.name+" connected-slot", backend.texts.ConnectedSlot)
		section(stdout, backend.name+" permanent-plug", backend.texts.PermanentPlug)
		section(stdout, backend.name+" permanent-slot", backend.texts.PermanentSlot)
	}
	return nil
}

func section(w io.Writer, title, text string) {
	text = strings.Trim(text, "\n")
	if text == "" {
		return
	}
	fmt.Fprintf(w, "\n# %s\n%s\n", title, text)
}

// describe gathers what show prints.
func describe(iface interfaces.Interface) (*showOutput, error) {
	si := iface.StaticInfo()
	out := &showOutput{
		Name:              iface.Name(),
		Summary:           si.Summary,
		DocURL:            si.DocURL,
		ImplicitOnCore:    si.ImplicitOnCore,
		ImplicitOnClassic: si.ImplicitOnClassic,
		BaseDeclaration: baseDeclJSON{
			Plugs: strings.TrimLeft(si.BaseDeclarationPlugs, "\n"),
			Slots: strings.TrimLeft(si.BaseDeclarationSlots, "\n"),
		},
		NotRendered: append([]string{}, si.NotRendered...),
	}
	d, err := builtin.Describe(iface)
	if err != nil {
		return nil, err
	}
	if aa := policyTexts(d.AppArmor); !aa.Empty() {
		out.AppArmor = &aa
	}
	if sc := policyTexts(d.SecComp); !sc.Empty() {
		out.Seccomp = &sc
	}
	return out, nil
}
