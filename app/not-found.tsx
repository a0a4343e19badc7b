/** 404 for unknown articles, places and events. */
export default function NotFound() {
  return (
    <div className="page">
      <h1>Not found</h1>
      <p>There is no article, place or event with that id. <a href="/">Back to the map</a> · <a href="/articles">All articles</a></p>
    </div>
  );
}
