// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package snap holds the metadata of a snap: what snap.yaml (or
// snapcraft.yaml) declares about its apps, hooks, plugs and slots, and
// the security tags that name each confined process.
//
// # Reading snap.yaml
//
// InfoFromSnapYaml reads the keys of snap.yaml that matter for
// confinement, and the same keys in snapcraft.yaml, whose build-only
// keys (parts, grade, layout, environment, extensions, ...) it ignores
// like any other unknown key:
//
//	name, version, type, base, confinement, summary, architectures (or
//	platforms), apps (command, daemon, plugs, slots), hooks (plugs,
//	slots), plugs, slots
//
// Scalars used as names or strings keep the text they are written with:
// "version: 1.10" is "1.10", and an app called "yes" is not true.
//
// A top-level plug or slot is declared with nothing (its interface is
// its name), an interface name, or a map of attributes in which
// "interface" names the interface (by default, again, its name). Apps
// and hooks list the names of the plugs and slots they use; a name not
// declared at the top level is a plug or slot of the interface of that
// name. A top-level plug or slot that no app or hook lists is bound to
// every app and every hook; one that some list is bound to exactly
// those.
//
// Attributes are normalised: integers become int64, maps
// map[string]interface{} (a key that is not a string is an error), lists
// []interface{}, recursively; strings, booleans and float64 stay as they
// are. Attribute names starting with "$" are reserved. A null attribute
// value, at any depth, is an error: interfaces cannot tell it apart from
// a missing attribute, so it is almost certainly a mistake in the file.
// Lists and maps nest at most MaxAttrDepth (32) deep in a value; deeper
// is an error at the line of the first list or map too deep.
//
// # Limits
//
// A snap.yaml is untrusted input, so what it may cost is bounded by its
// size: at most MaxSnapYamlSize bytes (1 MiB), at most MaxSnapYamlValues
// values (100,000) once aliases are expanded, lists and maps nested at
// most MaxTextDepth (64) deep where the text shows it (flow collections,
// block sequences started on one line: checked before decoding),
// attribute values nested at most MaxAttrDepth deep (32), and at most
// MaxImplicitBindings (65,536)
// bindings of the plugs and slots that no app or hook lists to every app
// and hook. Past those it is refused.
//
// # Errors
//
// Errors say where the problem is whenever the offending key can be
// found in the source: InfoFromSnapYaml starts the message with
// "line N: ", ReadInfo with "PATH:N: ", or "PATH: " when the line is not
// known (a key reached through a YAML alias, say). The position always
// comes first, YAML syntax errors included, so that there is one shape
// to rely on:
//
//	snapcraft.yaml:7: invalid app name: "foo bar"
//	snapcraft.yaml:3: cannot parse snap.yaml: mapping values are not allowed in this context
//	line 12: unknown daemon type "sometimes" for app "foo"
//
// The message itself goes from the inside out: what is wrong, then with
// what ("attribute "a.b" of plug "p" has no value"). A null key is shown
// as ~. The path of a deep attribute is cut to its first 4 and last 2
// steps, and a long key to 40 bytes, each cut marked "...":
//
//	line 4: attribute "a[0][0][0]...[0][0]" of plug "p" nests lists and maps more than 32 deep
//
// Both functions return a *YamlError, which keeps path, line and message
// apart.
package snap

import (
	"sort"
	"strings"
)

// Type is the type of a snap, as declared by the "type" key.
type Type string

// The snap types. A snap without a "type" key is an app.
const (
	TypeApp    Type = "app"
	TypeGadget Type = "gadget"
	TypeKernel Type = "kernel"
	TypeBase   Type = "base"
	TypeOS     Type = "os"
	TypeSnapd  Type = "snapd"
)

// ConfinementType is the confinement a snap asks for.
type ConfinementType string

// The confinement types. A snap without a "confinement" key is strict.
const (
	StrictConfinement  ConfinementType = "strict"
	DevModeConfinement ConfinementType = "devmode"
	ClassicConfinement ConfinementType = "classic"
)

// Info is the metadata of one snap.
type Info struct {
	// SuggestedName is the name from snap.yaml; InstanceKey tells
	// parallel installs of the same snap apart ("name_key").
	SuggestedName string
	InstanceKey   string

	Version     string
	Type        Type
	Base        string
	Confinement ConfinementType
	Summary     string

	// Architectures lists the architectures the snap runs on, from
	// either form snapcraft accepts (names, or build-for entries).
	Architectures []string

	Apps  map[string]*AppInfo
	Hooks map[string]*HookInfo
	Plugs map[string]*PlugInfo
	Slots map[string]*SlotInfo

	// System marks the snap that stands for the host: it carries the
	// implicit slots, counts as "core" for the snap-type constraints of
	// policy, and the processes serving its slots are the host's own
	// (unconfined). Only the code that designates the system snap sets
	// it (builtin.SystemSnap does, for the snap it builds); reading
	// snap.yaml never does, so that no snap makes itself the system by
	// saying "type: snapd" or by its name.
	System bool
}

// InstanceName returns the name the snap is installed under: its name,
// followed by "_KEY" for a parallel install.
func (s *Info) InstanceName() string {
	if s.InstanceKey == "" {
		return s.SuggestedName
	}
	return s.SuggestedName + "_" + s.InstanceKey
}

// SetInstanceKey makes s describe a parallel install of the snap under
// key; "" makes it the plain install again.
func (s *Info) SetInstanceKey(key string) error {
	if key != "" {
		if err := ValidateInstanceKey(key); err != nil {
			return err
		}
	}
	s.InstanceKey = key
	return nil
}

// SecurityTags returns the tags of every app and hook of the snap, sorted:
// the profiles a snap gets.
func (s *Info) SecurityTags() []string {
	return securityTags(s.Apps, s.Hooks)
}

// AppInfo is one app of a snap.
type AppInfo struct {
	Snap    *Info
	Name    string
	Command string
	Daemon  string

	Plugs map[string]*PlugInfo
	Slots map[string]*SlotInfo
}

// SecurityTag returns the tag that names the app's confinement:
// "snap.INSTANCE.APP".
func (app *AppInfo) SecurityTag() string {
	return AppSecurityTag(app.Snap.InstanceName(), app.Name)
}

// HookInfo is one hook of a snap.
type HookInfo struct {
	Snap *Info
	Name string

	Plugs map[string]*PlugInfo
	Slots map[string]*SlotInfo
}

// SecurityTag returns the tag that names the hook's confinement:
// "snap.INSTANCE.hook.HOOK".
func (hook *HookInfo) SecurityTag() string {
	return HookSecurityTag(hook.Snap.InstanceName(), hook.Name)
}

// AppSecurityTag returns the security tag of an app of a snap instance.
func AppSecurityTag(instanceName, appName string) string {
	return "snap." + instanceName + "." + appName
}

// HookSecurityTag returns the security tag of a hook of a snap instance.
func HookSecurityTag(instanceName, hookName string) string {
	return "snap." + instanceName + ".hook." + hookName
}

// PlugInfo is one plug of a snap, with the apps and hooks bound to it.
type PlugInfo struct {
	Snap      *Info
	Name      string
	Interface string
	// Attrs holds the static attributes, normalised: integers are
	// int64, maps are map[string]interface{}, lists []interface{}.
	Attrs map[string]interface{}
	Apps  map[string]*AppInfo
	Hooks map[string]*HookInfo
}

// SlotInfo is one slot of a snap, with the apps and hooks bound to it.
type SlotInfo struct {
	Snap      *Info
	Name      string
	Interface string
	Attrs     map[string]interface{}
	Apps      map[string]*AppInfo
	Hooks     map[string]*HookInfo
}

// SecurityTags returns the sorted security tags of the apps and hooks
// bound to the plug.
func (plug *PlugInfo) SecurityTags() []string {
	return securityTags(plug.Apps, plug.Hooks)
}

// SecurityTags returns the sorted security tags of the apps and hooks
// bound to the slot.
func (slot *SlotInfo) SecurityTags() []string {
	return securityTags(slot.Apps, slot.Hooks)
}

func securityTags(apps map[string]*AppInfo, hooks map[string]*HookInfo) []string {
	tags := make([]string, 0, len(apps)+len(hooks))
	for _, app := range apps {
		tags = append(tags, app.SecurityTag())
	}
	for _, hook := range hooks {
		tags = append(tags, hook.SecurityTag())
	}
	sort.Strings(tags)
	return tags
}

// SplitInstanceName splits "name_key" into the snap name and the
// instance key ("" when there is none).
func SplitInstanceName(instanceName string) (name, key string) {
	name, key, _ = strings.Cut(instanceName, "_")
	return name, key
}
