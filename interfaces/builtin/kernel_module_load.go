// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// kernel-module-load lets a snap have the system load, or refuse to
// load, the kernel modules its plug names, with the options it gives:
// a device's driver that must be there at boot, a module a product
// must never load, parameters a driver must be loaded with. The app
// itself loads nothing: the host does, as it boots or when asked. The
// plug's "modules" attribute lists entries, each with:
//
//   - "name" (required): the module, as modprobe names it (letters,
//     digits, "-" and "_", which the kernel takes as the same);
//   - "load": "on-boot" (the default) to load it at boot, "denied" to
//     never load it (the host's modprobe configuration blacklists it
//     and refuses to load it by name), or "dynamic" to load it only when
//     the snap asks the daemon to (snapctl kmod);
//   - "options": the module's parameters, as modprobe takes them
//     ("p1=3 p2=true p3"); not with "denied". A value may start with
//     $SNAP_COMMON/, which the host expands to the snap's common data
//     directory (firmware or tables the snap ships).
//
// An entry gives "load" or "options", or both. The slot is the
// system's. Installing the plug needs a snap declaration, and it never
// auto-connects.
//
// The interface adds no AppArmor or seccomp rule: the app loads
// nothing itself (kernel-module-control is for that).
//
// Not rendered here: kmod. The daemon writes the entries into the
// host's configuration: modules-load.d for on-boot modules, and
// modprobe.d for the options of each module and the denials (a
// "blacklist" line and an "install NAME /bin/false" line), then loads
// the on-boot modules; it loads a dynamic module when the snap asks.
//
// Where it differs from the reference: a module name is at most 55
// bytes (the kernel's MODULE_NAME_LEN, 56 with the terminating NUL), a
// module is named once per plug, and a value of "options" is refused
// when it holds a quote, a "$" other than a leading $SNAP_COMMON/, a
// ".." or any character modprobe's configuration or a shell would read
// (the reference takes any printable character): options land in a
// file the host's modprobe reads as root; and a plug without "modules"
// is refused when its snap is added, where the reference takes it and
// refuses to connect it. "dynamic" is the reference's newest load mode.

const kernelModuleLoadSummary = `allows constrained control over kernel module loading`

// The load modes of an entry.
const (
	kmodOnBoot  = "on-boot"
	kmodDenied  = "denied"
	kmodDynamic = "dynamic"
)

// kmodNameMax is the longest module name the kernel takes.
const kmodNameMax = 55

var (
	kmodName = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)
	// A parameter is a name, and optionally a value of plain
	// characters (commas separate an array's values), which may start
	// with $SNAP_COMMON/.
	kmodParamName  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.]*$`)
	kmodParamValue = regexp.MustCompile(`^(?:\$SNAP_COMMON/)?[A-Za-z0-9_.,:/+@%-]+$`)
)

// kmodEntry is a checked entry of "modules".
type kmodEntry struct {
	name, load, options string
}

// kmodEntryKeys are the keys of an entry.
var kmodEntryKeys = toStringSet("name", "load", "options")

// kmodOptions checks an entry's "options".
func kmodOptions(what, options string) error {
	if err := checkLength(what, options, AttrPathMax); err != nil {
		return err
	}
	params := strings.Split(options, " ")
	for _, p := range params {
		if p == "" {
			return fmt.Errorf("%s %q must be parameters separated by single spaces", what, options)
		}
		name, value, hasValue := strings.Cut(p, "=")
		if !kmodParamName.MatchString(name) {
			return fmt.Errorf("%s %q has the parameter name %q, which is not letters, digits, \"_\" and \".\"", what, options, name)
		}
		if hasValue && (!kmodParamValue.MatchString(value) || strings.Contains(value, "..")) {
			return fmt.Errorf("%s %q has the value %q, which is not letters, digits and . _ , : / + @ %% -, optionally after $SNAP_COMMON/, without \"..\"", what, options, value)
		}
	}
	return nil
}

// kmodEntries checks the plug's "modules" attribute.
func kmodEntries(attrs map[string]interface{}) ([]kmodEntry, error) {
	for key := range attrs {
		if key != "modules" {
			return nil, fmt.Errorf("%q is not an attribute of kernel-module-load: its plug has \"modules\" only", key)
		}
	}
	raw, ok := attrs["modules"]
	if !ok {
		return nil, fmt.Errorf(`"modules" is required: a list of the modules to load or deny`)
	}
	list, ok := raw.([]interface{})
	if !ok || len(list) == 0 {
		return nil, fmt.Errorf(`"modules" must be a list of at least one entry`)
	}
	if len(list) > AttrListMax {
		return nil, fmt.Errorf(`"modules" lists %d entries, more than the %d allowed`, len(list), AttrListMax)
	}
	entries := make([]kmodEntry, 0, len(list))
	seen := map[string]string{}
	for i, raw := range list {
		prefix := fmt.Sprintf("modules[%d]", i)
		m, ok := raw.(map[string]interface{})
		if !ok {
			return nil, fmt.Errorf("%s must be a map of name, load and options", prefix)
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !kmodEntryKeys[k] {
				return nil, fmt.Errorf("%s has key %q: an entry holds name, load and options", prefix, k)
			}
		}
		var e kmodEntry
		name, ok, err := stringAttr(m, "name")
		if err == nil && !ok {
			err = fmt.Errorf(`"name" is required`)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", prefix, err)
		}
		if err := checkLength(prefix+` "name"`, name, kmodNameMax); err != nil {
			return nil, err
		}
		if !kmodName.MatchString(name) {
			return nil, fmt.Errorf(`%s "name" %q must be a module name: letters, digits, "-" and "_"`, prefix, name)
		}
		// The kernel takes "-" and "_" in a module name as the same.
		canonical := strings.ReplaceAll(name, "-", "_")
		if other, dup := seen[canonical]; dup {
			return nil, fmt.Errorf(`%s "name" %q names the module of %s again`, prefix, name, other)
		}
		seen[canonical] = prefix
		e.name = name
		load, hasLoad, err := stringAttr(m, "load")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", prefix, err)
		}
		if hasLoad && load != kmodOnBoot && load != kmodDenied && load != kmodDynamic {
			return nil, fmt.Errorf(`%s: "load" must be on-boot, denied or dynamic, not %q`, prefix, load)
		}
		options, hasOptions, err := stringAttr(m, "options")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", prefix, err)
		}
		switch {
		case !hasLoad && !hasOptions:
			return nil, fmt.Errorf(`%s must give "load", "options" or both`, prefix)
		case hasOptions && load == kmodDenied:
			return nil, fmt.Errorf(`%s: "options" cannot go with "load: denied"`, prefix)
		case hasOptions:
			if err := kmodOptions(prefix+` "options"`, options); err != nil {
				return nil, err
			}
		}
		if !hasLoad {
			load = kmodOnBoot
		}
		e.load, e.options = load, options
		entries = append(entries, e)
	}
	return entries, nil
}

// kernelModuleLoadInterface checks the plug's entries; the modules are
// the daemon's to load or deny.
type kernelModuleLoadInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*kernelModuleLoadInterface)(nil)
	_ interfaces.PlugSanitizer      = (*kernelModuleLoadInterface)(nil)
	_ interfaces.AttributeDescriber = (*kernelModuleLoadInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *kernelModuleLoadInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := kmodEntries(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// kernelModuleLoadAttributes describes the plug's attribute, which
// kmodEntries checks.
var kernelModuleLoadAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "modules", Type: interfaces.AttrTypeMapList, Required: true,
		Description: fmt.Sprintf("The modules the host loads or refuses, at most %d entries, each a map of \"name\" (required: the module as modprobe names it, letters, digits, \"-\" and \"_\", at most %d bytes, each module once, \"-\" and \"_\" being the same), \"load\" (on-boot, the default, to load it at boot; denied to never load it; dynamic to load it when the snap asks the daemon) and \"options\" (the module's parameters, as modprobe takes them: NAME or NAME=VALUE separated by single spaces, a value of letters, digits and . _ , : / + @ %% - without \"..\", which may start with $SNAP_COMMON/; at most %d bytes; not with denied). An entry gives load, options or both.", AttrListMax, kmodNameMax, AttrPathMax),
	}},
	Examples: []interfaces.AttributeExample{{
		Title: "a module never loaded, one loaded at boot with options, one loaded on request",
		Plug: map[string]interface{}{"modules": []interface{}{
			map[string]interface{}{"name": "pcspkr", "load": "denied"},
			map[string]interface{}{"name": "snd-hda-intel", "options": "model=auto power_save=0"},
			map[string]interface{}{"name": "v4l2loopback", "load": "dynamic", "options": "devices=2 exclusive_caps=1"},
		}},
	}, {
		Title: "a driver that loads firmware the snap ships",
		Plug: map[string]interface{}{"modules": []interface{}{
			map[string]interface{}{"name": "mydriver", "load": "on-boot", "options": "firmware=$SNAP_COMMON/fw/mydriver.bin debug"},
		}},
	}},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *kernelModuleLoadInterface) Attributes() interfaces.AttributeDoc {
	return kernelModuleLoadAttributes
}

func init() {
	registerIface(&kernelModuleLoadInterface{commonInterface{
		name:                 "kernel-module-load",
		summary:              kernelModuleLoadSummary,
		implicitOn:           implicitOnAllSystems,
		baseDeclarationPlugs: superPrivilegedPlug,
		baseDeclarationSlots: systemSlotNoAutoConnect,
		notRendered:          []string{interfaces.BackendKMod},
	}})
}
