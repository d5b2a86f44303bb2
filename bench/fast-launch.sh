#!/usr/bin/env bash
# The production launch: Spring Boot's extracted layout plus a class-data-sharing (CDS) archive,
# about twice as fast to ready as `java -jar` on the fat jar (docs/performance.md, "Start-up").
# `java -jar` stays the way to run it in development.
#
#   bench/fast-launch.sh prepare <dir> [application arguments...]
#       Extracts the jar (JAR, default target/backcare-*.jar) into <dir> (<dir>/backcare.jar
#       plus <dir>/lib/), then makes <dir>/app.jsa with a training run: the application starts as
#       `run` would (same arguments, same environment, so on the production database when the
#       environment names it: Flyway migrates it, as a first start would), creates every bean,
#       and exits. With no arguments and no SPRING_DATASOURCE_URL it uses a throwaway H2 file.
#       The archive depends on the classpath, not on the profile: one trained on H2 serves the
#       postgres profile too (a few hundred PostgreSQL classes then load from the jars).
#       Prepare again after every new jar, JDK, or move of <dir>: the JVM ignores an archive
#       whose classpath or jars changed (it warns "Unable to use shared archive" and starts as
#       slowly as without one).
#   bench/fast-launch.sh run <dir> [application arguments...]
#       Runs the prepared application in the foreground (exec: the process id stays the JVM's).
#       JVM options come from JAVA_OPTS, e.g. JAVA_OPTS=-Xmx256m.
set -euo pipefail

# The JDK's own XSLT, in the training run and at every start. Otherwise the first XML converter
# Spring MVC builds finds Saxon (a signed jar the FHIR library brings) by ServiceLoader, and
# OpenJDK 17 crashes while writing the archive (SIGSEGV in adjust_lambda_proxy_class_dictionary:
# lambdas of a signed jar's classes, which CDS leaves out). Nothing in the app uses XSLT.
XSLT=-Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl

usage() { echo "usage: $0 prepare <dir> [training arguments...] | run <dir> [arguments...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
COMMAND=$1
DIR=$(mkdir -p "$2" && cd "$2" && pwd) # absolute: the archive records the classpath as given
shift 2

case "$COMMAND" in
  prepare)
    JAR=${JAR:-$(ls "$(dirname "$0")"/../target/backcare-*.jar 2>/dev/null | head -1)}
    [ -f "$JAR" ] || { echo "no jar: build it (./mvnw -B -ntp -DskipTests package) or set JAR" >&2; exit 1; }
    rm -rf "$DIR/lib" "$DIR/backcare.jar" "$DIR/app.jsa" "$DIR/training-db".* "$DIR/training.log"
    java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" --application-filename backcare.jar --force > /dev/null
    [ $# -gt 0 ] || [ -n "${SPRING_DATASOURCE_URL:-}" ] || set -- --spring.datasource.url="jdbc:h2:file:$DIR/training-db"
    # The training run: every bean is created (Flyway and the catalogue load included), then
    # the JVM exits and writes the classes it loaded to the archive.
    if ! java "$XSLT" -XX:ArchiveClassesAtExit="$DIR/app.jsa" -XX:ErrorFile="$DIR/hs_err_%p.log" \
        -Dspring.context.exit=onRefresh -jar "$DIR/backcare.jar" "$@" > "$DIR/training.log" 2>&1 || [ ! -s "$DIR/app.jsa" ]; then
      echo "the training run failed; see $DIR/training.log:" >&2
      tail -20 "$DIR/training.log" >&2
      exit 1
    fi
    rm -rf "$DIR/training-db".*
    echo "prepared $DIR: $(du -sh "$DIR/app.jsa" | cut -f1) archive; start it with: $0 run $DIR [arguments]"
    ;;
  run)
    [ -f "$DIR/app.jsa" ] || { echo "$DIR is not prepared: $0 prepare $DIR" >&2; exit 1; }
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    exec java "$XSLT" -XX:SharedArchiveFile="$DIR/app.jsa" ${JAVA_OPTS:-} -jar "$DIR/backcare.jar" "$@"
    ;;
  *) usage ;;
esac
