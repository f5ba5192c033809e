#!/usr/bin/env bash
# Runs Apache Jena's command-line tools from the jars of Debian's libapache-jena-java, which ships
# no wrapper scripts: the integration tests read pactgraph's ontology, shapes and graph with them.
#
#   scripts/jena.sh riot [riot options…] FILE…    → riotcmd.riot (e.g. --validate --count, --output=nq)
#   scripts/jena.sh shacl validate --shapes S --data D   → shacl.shacl (the report as Turtle on stdout)
#   scripts/jena.sh sparql [options…]             → arq.sparql
#   scripts/jena.sh classpath                     → prints the classpath used
#
# JENA_JAVA_DIR (default /usr/share/java) says where the jars are; JAVA (default java) which JVM.
set -euo pipefail

tool=${1:?usage: jena.sh riot|shacl|sparql|classpath ARGS…}
shift
java_dir=${JENA_JAVA_DIR:-/usr/share/java}

# Jena's jars and those of the dependencies the Debian package declares (unversioned names).
# slf4j-simple: riot reports its warnings and errors through SLF4J, so a binding that prints them
# to stderr is needed (with none, or slf4j-nop, a bad file fails with no word of why).
jars=(jena-arq jena-base jena-cmds jena-core jena-iri jena-shacl
  commons-cli commons-codec commons-compress commons-csv commons-io commons-lang3 dexx.collection
  gson guava jackson-annotations jackson-core jackson-databind jakarta.json-api jsonld-java
  protobuf thrift titanium-json-ld slf4j-api slf4j-simple)
classpath=""
for jar in "${jars[@]}"; do
  [ -f "$java_dir/$jar.jar" ] || { echo "jena.sh: $java_dir/$jar.jar not found: apt-get install libapache-jena-java" >&2; exit 2; }
  classpath+="$java_dir/$jar.jar:"
done

case "$tool" in
  riot) main=riotcmd.riot ;;
  shacl) main=shacl.shacl ;;
  sparql) main=arq.sparql ;;
  classpath) echo "${classpath%:}"; exit 0 ;;
  *) echo "jena.sh: unknown tool \"$tool\"; use riot, shacl, sparql or classpath" >&2; exit 2 ;;
esac

# Debian's jena-core 4.5.0-2 moves the bundled Xerces classes from org.apache.jena.ext.xerces to
# xerces but leaves their message bundles at the old path, so the first XSD datatype Jena builds
# fails ("Couldn't load messages: Can't find bundle for base name xerces.impl.xpath.regex.message")
# and no tool starts. A small jar puts the bundles where the classes look for them (a jar, not a
# directory: class-data sharing below accepts only jars on the classpath). A jar with the upstream
# layout gets an empty one.
#
# JENA_CACHE_DIR, when set, keeps that jar and a class-data-sharing archive between runs (the first
# run writes the archive; later ones start in about two thirds of the time). Without it, each run
# works in a temporary directory of its own and removes it.
if [ -n "${JENA_CACHE_DIR:-}" ]; then
  work=$JENA_CACHE_DIR
  mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/pactgraph-jena.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi
messages=$work/xerces-messages.jar
if [ ! -f "$messages" ]; then
  python3 - "$java_dir/jena-core.jar" "$messages.$$" <<'PY'
import sys, zipfile
jar, out = sys.argv[1], sys.argv[2]
old = "org/apache/jena/ext/xerces/"
with zipfile.ZipFile(jar) as archive, zipfile.ZipFile(out, "w") as fixed:
    names = archive.namelist()
    if "xerces/impl/xpath/regex/RegexParser.class" in names:
        for name in names:
            if name.startswith(old) and not name.endswith(("/", ".class")):
                fixed.writestr("xerces/" + name[len(old):], archive.read(name))
PY
  mv -f "$messages.$$" "$messages"
fi

# Short runs: the client compiler and the serial collector start fastest. JVM warnings (class-data
# sharing aside: it only saves time) go to stderr, never into the output on stdout.
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning,cds*=off:stderr)
archive=""
if [ -n "${JENA_CACHE_DIR:-}" ]; then
  if [ -f "$work/jena.jsa" ]; then
    jvm+=("-XX:SharedArchiveFile=$work/jena.jsa")
  else
    archive=$work/jena.jsa.$$
    jvm+=("-XX:ArchiveClassesAtExit=$archive")
  fi
fi

status=0
child=""
trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null' TERM INT HUP
"${JAVA:-java}" "${jvm[@]}" -cp "$messages:${classpath%:}" "$main" "$@" <&0 &
child=$!
wait "$child" || status=$?
# A signal interrupts `wait`; wait again for the JVM to finish before cleaning up.
if kill -0 "$child" 2>/dev/null; then wait "$child" || status=$?; fi
if [ -n "$archive" ]; then
  if [ -f "$archive" ]; then mv -f "$archive" "$work/jena.jsa"; fi
fi
exit "$status"
