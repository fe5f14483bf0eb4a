docker build -q -t myapp:v1.0 app
kubectl apply -f deployment.yaml
kubectl rollout status deployment/web-app
