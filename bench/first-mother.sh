# The first mother of a bench, through the app's own pages; sourced by the bench scripts (not run).
#   csrf_token FILE                       the _csrf hidden field of a saved page
#   register_first_mother BASE EMAIL DIR  registers EMAIL (password "quiet evening stroll") and
#                                         answers a healthy intake, so the app stores her assessment;
#                                         DIR holds the cookie jar and pages for a moment
csrf_token() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//;s/"//'; }

register_first_mother() {
  local base=$1 email=$2 dir=$3
  local jar="$dir/first-mother-cookies" page="$dir/first-mother-page.html"
  curl -s -c "$jar" -b "$jar" "$base/register" -o "$page"
  curl -s -c "$jar" -b "$jar" -X POST "$base/register" --data-urlencode "_csrf=$(csrf_token "$page")" \
    --data-urlencode "email=$email" -d "password=quiet+evening+stroll&confirmPassword=quiet+evening+stroll" -o /dev/null
  curl -s -c "$jar" -b "$jar" "$base/intake" -o "$page"
  curl -s -c "$jar" -b "$jar" -X POST "$base/intake" --data-urlencode "_csrf=$(csrf_token "$page")" \
    -d "weeksSinceBirth=10&delivery=VAGINAL&clearedForExercise=YES&painNow=3&painTrend=IMPROVING&abdominalSeparation=NO" \
    -o /dev/null
  rm -f "$jar" "$page"
}
