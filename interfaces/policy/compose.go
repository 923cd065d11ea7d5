// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package policy holds the base declaration, composed from the
// catalogue's fragments, parsed and validated, and the decisions it
// drives: who may install a plug or slot, connect, and auto-connect.
//
// ParseDeclaration compiles a base or snap declaration once; decisions
// then walk compiled rules only. A decision takes the first rule there
// is, and that rule wins whole: for a connection, the plug rule of the
// plug snap's declaration, the slot rule of the slot snap's
// declaration, the base declaration's plug rule, then its slot rule;
// for installation, the snap declaration's rule for the plug or slot,
// then the base declaration's. Within the rule, the deny subrule is
// checked first (it denies when any alternative holds), then the allow
// subrule (it allows when any alternative holds). An absent allow-*
// subrule allows, an absent deny-* subrule denies nothing, and no rule
// at all allows. Every Decision explains itself: Explain names the
// declaration, rule, subrule and alternative that decided, and each
// constraint that failed and why.
package policy

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
)

// baseDeclarationHeader opens a composed base declaration.
const baseDeclarationHeader = "type: base-declaration\n"

// ComposeBaseDeclaration writes the base declaration of the given
// interfaces: their plug rules under "plugs:" and their slot rules under
// "slots:", each in name order. Interfaces without a fragment on a side
// are left out of it.
func ComposeBaseDeclaration(ifaces []interfaces.Interface) ([]byte, error) {
	ifaces = sortedByName(ifaces)
	infos := make([]interfaces.StaticInfo, len(ifaces))
	size := len(baseDeclarationHeader) + len("plugs:\nslots:\n")
	for i, iface := range ifaces {
		infos[i] = iface.StaticInfo()
		// Each line gains an indentation of four.
		size += 2 * (len(iface.Name()) + 4)
		size += len(infos[i].BaseDeclarationPlugs) + 4*strings.Count(infos[i].BaseDeclarationPlugs, "\n")
		size += len(infos[i].BaseDeclarationSlots) + 4*strings.Count(infos[i].BaseDeclarationSlots, "\n")
	}
	var buf bytes.Buffer
	buf.Grow(size)
	buf.WriteString(baseDeclarationHeader)
	for _, side := range []string{"plugs", "slots"} {
		buf.WriteString(side)
		buf.WriteString(":\n")
		for i, iface := range ifaces {
			fragment := infos[i].BaseDeclarationPlugs
			if side == "slots" {
				fragment = infos[i].BaseDeclarationSlots
			}
			if err := writeRule(&buf, iface.Name(), fragment); err != nil {
				return nil, fmt.Errorf("cannot compose base declaration: %s rule of interface %q: %w", side[:4], iface.Name(), err)
			}
		}
	}
	return buf.Bytes(), nil
}

// writeRule nests one interface's fragment under its name: a one-word
// rule ("true", "false") inline, a map indented below.
func writeRule(buf *bytes.Buffer, name, fragment string) error {
	fragment = strings.Trim(fragment, "\n")
	if strings.TrimSpace(fragment) == "" {
		return nil
	}
	buf.WriteString("  ")
	buf.WriteString(name)
	if !strings.Contains(fragment, "\n") && !strings.Contains(fragment, ":") {
		buf.WriteString(": ")
		buf.WriteString(strings.TrimSpace(fragment))
		buf.WriteString("\n")
		return nil
	}
	buf.WriteString(":\n")
	if strings.Contains(fragment, "\t") {
		return fmt.Errorf("fragment has a tab, which YAML does not allow for indentation")
	}
	for rest := fragment; ; {
		line, more, found := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			buf.WriteString("\n")
		} else {
			buf.WriteString("    ")
			buf.WriteString(line)
			buf.WriteString("\n")
		}
		if !found {
			return nil
		}
		rest = more
	}
}

// sortedByName returns the interfaces sorted by name: as they are when
// they come from the catalogue, else a sorted copy.
func sortedByName(ifaces []interfaces.Interface) []interfaces.Interface {
	byName := func(a, b interfaces.Interface) int { return strings.Compare(a.Name(), b.Name()) }
	if slices.IsSortedFunc(ifaces, byName) {
		return ifaces
	}
	out := slices.Clone(ifaces)
	slices.SortStableFunc(out, byName)
	return out
}
