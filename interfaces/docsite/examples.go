// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package docsite

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/snap"
)

// consumerYaml is the snap.yaml of an app that plugs iface, with the
// given attributes (none: a plug named after the interface, which
// needs no plugs entry). daemon, when set, is a daemon of the snap the
// attributes name.
func consumerYaml(iface string, attrs map[string]interface{}, daemon string) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "name: %s\nversion: \"1.0\"\napps:\n  %s:\n    command: bin/%[2]s\n    plugs: [%s]\n", consumerName, consumerName, iface)
	if daemon != "" {
		fmt.Fprintf(&b, "  %s:\n    command: bin/%[1]s\n    daemon: simple\n", daemon)
	}
	if len(attrs) > 0 {
		text, err := attrsYaml(attrs, "    ")
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "plugs:\n  %s:\n    interface: %[1]s\n%s", iface, text)
	}
	return b.String(), nil
}

// providerYaml is the snap.yaml of a snap of the given type that offers
// a slot of iface, with the given attributes: an app snap's service
// serves it; a gadget or kernel snap has no apps.
func providerYaml(iface string, typ snap.Type, attrs map[string]interface{}) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "name: %s\nversion: \"1.0\"\n", providerName)
	if typ != snap.TypeApp {
		fmt.Fprintf(&b, "type: %s\n", typ)
	} else {
		fmt.Fprintf(&b, "apps:\n  %s:\n    command: bin/%[1]s\n    daemon: simple\n    slots: [%s]\n", providerName, iface)
	}
	text, err := attrsYaml(attrs, "    ")
	if err != nil {
		return "", err
	}
	fmt.Fprintf(&b, "slots:\n  %s:\n    interface: %[1]s\n%s", iface, text)
	return b.String(), nil
}

// attrsYaml writes attributes as YAML, keys sorted, each line indented.
func attrsYaml(attrs map[string]interface{}, indent string) (string, error) {
	if len(attrs) == 0 {
		return "", nil
	}
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ordered := make(yaml.MapSlice, len(keys))
	for i, k := range keys {
		ordered[i] = yaml.MapItem{Key: k, Value: attrs[k]}
	}
	out, err := yaml.Marshal(ordered)
	if err != nil {
		return "", fmt.Errorf("cannot write attributes as YAML: %w", err)
	}
	var b strings.Builder
	for _, line := range strings.SplitAfter(strings.TrimRight(string(out), "\n"), "\n") {
		b.WriteString(indent + line)
	}
	b.WriteString("\n")
	return b.String(), nil
}
