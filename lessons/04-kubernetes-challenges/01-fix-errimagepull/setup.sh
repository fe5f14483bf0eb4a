# The image was built as myapp:v1.0; the manifest asks for myapp:1.0.
docker build -q -t myapp:v1.0 app
kubectl apply -f shop.yaml
sleep 20
kubectl get pods
