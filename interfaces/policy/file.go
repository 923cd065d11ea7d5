// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

// ParseDeclarationFile parses a declaration as it comes in a file, given
// by a user or a store: ParseDeclaration, and besides the file must say
// something (an empty file, "~" or /dev/null declares nothing, and as a
// base declaration would allow everything) and say which declaration it
// is with "type".
func ParseDeclarationFile(data []byte, filename string) (*Declaration, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrorList{{File: filename, Msg: "declaration is empty"}}
	}
	decl, err := ParseDeclaration(data, filename)
	if err != nil {
		return nil, err
	}
	if len(decl.Plugs)+len(decl.Slots) == 0 && decl.Type == "" && decl.SnapName == "" && decl.SnapID == "" {
		return nil, ErrorList{{File: filename, Line: 1, Msg: "declaration is empty"}}
	}
	if decl.Type == "" {
		return nil, ErrorList{{File: filename, Line: 1, Msg: `"type" is required: base-declaration or snap-declaration`}}
	}
	return decl, nil
}

// ParseBaseDeclaration parses a base declaration that replaces the
// built-in one (ParseDeclarationFile), which must be of type
// base-declaration and complete: a slot rule for every interface of the
// catalogue. An interface without one would be unrestricted, since no
// rule allows: any snap could carry its slot, and its plugs connect to
// it. The error lists every interface left so.
func ParseBaseDeclaration(data []byte, filename string) (*Declaration, error) {
	decl, err := ParseDeclarationFile(data, filename)
	if err != nil {
		return nil, err
	}
	if err := decl.CheckBase(); err != nil {
		return nil, err
	}
	return decl, nil
}

// CheckBase checks that the declaration may replace the built-in base
// declaration, as ParseBaseDeclaration does: of type base-declaration
// and complete. The error is an ErrorList.
func (d *Declaration) CheckBase() error {
	if d.Type != "base-declaration" {
		return ErrorList{{File: d.file, Line: d.line("type"), Msg: fmt.Sprintf("a base declaration must have type base-declaration, not %q", d.Type)}}
	}
	if missing := d.Unrestricted(); len(missing) > 0 {
		return ErrorList{d.incompleteError(missing)}
	}
	return nil
}

// Unrestricted returns, sorted, the interfaces of the catalogue for
// which the declaration has no slot rule. Of a base declaration, these
// are unrestricted: no rule allows everything.
func (d *Declaration) Unrestricted() []string {
	var missing []string
	for _, iface := range builtin.Interfaces() {
		if d.SlotRule(iface.Name()) == nil {
			missing = append(missing, iface.Name())
		}
	}
	return missing
}

// incompleteError says which interfaces a base declaration leaves
// unrestricted.
func (d *Declaration) incompleteError(missing []string) *Error {
	return &Error{File: d.file, Msg: fmt.Sprintf("base declaration leaves %d interfaces of the catalogue unrestricted (each needs a slot rule, else any snap may carry its slot and connect to it): %s",
		len(missing), strings.Join(missing, ", "))}
}

// UnknownInterfaces returns a problem for each rule of the declaration
// that names an interface the catalogue does not know, in line order:
// such a rule decides nothing, and is most likely a misspelt name.
func (d *Declaration) UnknownInterfaces() ErrorList {
	var list ErrorList
	for _, rules := range []map[string]*Rule{d.Plugs, d.Slots} {
		for name, rule := range rules {
			if _, err := builtin.ByName(name); err != nil {
				list = append(list, &Error{File: d.file, Line: rule.Line(), Msg: fmt.Sprintf("unknown interface %q", name)})
			}
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].Line != list[j].Line {
			return list[i].Line < list[j].Line
		}
		return list[i].Msg < list[j].Msg
	})
	return list
}
